savedcmd_usr/include/linux/fb.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fb.h usr/include/linux/fb.h
