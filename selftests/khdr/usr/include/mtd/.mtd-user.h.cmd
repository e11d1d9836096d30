savedcmd_usr/include/mtd/mtd-user.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/mtd/mtd-user.h usr/include/mtd/mtd-user.h
