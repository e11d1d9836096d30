savedcmd_usr/include/linux/mqueue.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mqueue.h usr/include/linux/mqueue.h
