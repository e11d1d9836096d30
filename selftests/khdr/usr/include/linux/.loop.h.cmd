savedcmd_usr/include/linux/loop.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/loop.h usr/include/linux/loop.h
