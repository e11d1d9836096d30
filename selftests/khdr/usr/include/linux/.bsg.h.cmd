savedcmd_usr/include/linux/bsg.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/bsg.h usr/include/linux/bsg.h
