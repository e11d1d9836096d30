savedcmd_usr/include/linux/blkzoned.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/blkzoned.h usr/include/linux/blkzoned.h
