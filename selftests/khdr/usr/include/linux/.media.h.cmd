savedcmd_usr/include/linux/media.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/media.h usr/include/linux/media.h
