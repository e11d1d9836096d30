savedcmd_usr/include/linux/nsfs.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nsfs.h usr/include/linux/nsfs.h
