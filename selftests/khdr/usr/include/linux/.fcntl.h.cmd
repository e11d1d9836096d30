savedcmd_usr/include/linux/fcntl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fcntl.h usr/include/linux/fcntl.h
