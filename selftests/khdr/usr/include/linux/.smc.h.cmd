savedcmd_usr/include/linux/smc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/smc.h usr/include/linux/smc.h
