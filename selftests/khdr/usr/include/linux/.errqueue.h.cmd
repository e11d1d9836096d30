savedcmd_usr/include/linux/errqueue.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/errqueue.h usr/include/linux/errqueue.h
