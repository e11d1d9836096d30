savedcmd_usr/include/linux/stm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/stm.h usr/include/linux/stm.h
