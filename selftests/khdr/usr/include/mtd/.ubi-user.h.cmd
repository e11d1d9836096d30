savedcmd_usr/include/mtd/ubi-user.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/mtd/ubi-user.h usr/include/mtd/ubi-user.h
