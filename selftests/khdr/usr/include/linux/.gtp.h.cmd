savedcmd_usr/include/linux/gtp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/gtp.h usr/include/linux/gtp.h
