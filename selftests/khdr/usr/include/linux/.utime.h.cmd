savedcmd_usr/include/linux/utime.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/utime.h usr/include/linux/utime.h
