savedcmd_usr/include/linux/uvcvideo.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/uvcvideo.h usr/include/linux/uvcvideo.h
