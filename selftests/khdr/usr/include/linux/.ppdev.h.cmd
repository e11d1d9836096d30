savedcmd_usr/include/linux/ppdev.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ppdev.h usr/include/linux/ppdev.h
