savedcmd_usr/include/mtd/nftl-user.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/mtd/nftl-user.h usr/include/mtd/nftl-user.h
