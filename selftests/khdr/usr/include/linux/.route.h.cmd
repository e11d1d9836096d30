savedcmd_usr/include/linux/route.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/route.h usr/include/linux/route.h
