savedcmd_usr/include/linux/chio.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/chio.h usr/include/linux/chio.h
