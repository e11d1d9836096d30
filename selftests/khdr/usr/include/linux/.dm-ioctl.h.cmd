savedcmd_usr/include/linux/dm-ioctl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/dm-ioctl.h usr/include/linux/dm-ioctl.h
