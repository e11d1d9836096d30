savedcmd_usr/include/linux/hidraw.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/hidraw.h usr/include/linux/hidraw.h
