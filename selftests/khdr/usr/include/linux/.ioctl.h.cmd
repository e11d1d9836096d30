savedcmd_usr/include/linux/ioctl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ioctl.h usr/include/linux/ioctl.h
