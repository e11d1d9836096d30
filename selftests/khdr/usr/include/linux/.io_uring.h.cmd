savedcmd_usr/include/linux/io_uring.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/io_uring.h usr/include/linux/io_uring.h
