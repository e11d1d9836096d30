savedcmd_usr/include/linux/hiddev.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/hiddev.h usr/include/linux/hiddev.h
