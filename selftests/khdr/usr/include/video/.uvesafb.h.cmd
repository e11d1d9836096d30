savedcmd_usr/include/video/uvesafb.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/video/uvesafb.h usr/include/video/uvesafb.h
