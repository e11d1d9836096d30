savedcmd_usr/include/linux/blkdev.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/blkdev.h usr/include/linux/blkdev.h
