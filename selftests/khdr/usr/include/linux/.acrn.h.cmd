savedcmd_usr/include/linux/acrn.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/acrn.h usr/include/linux/acrn.h
