savedcmd_usr/include/linux/blkpg.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/blkpg.h usr/include/linux/blkpg.h
