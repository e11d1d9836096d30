savedcmd_usr/include/linux/lp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/lp.h usr/include/linux/lp.h
