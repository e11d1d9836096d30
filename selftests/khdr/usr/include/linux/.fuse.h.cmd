savedcmd_usr/include/linux/fuse.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fuse.h usr/include/linux/fuse.h
