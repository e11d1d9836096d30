savedcmd_usr/include/linux/errno.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/errno.h usr/include/linux/errno.h
