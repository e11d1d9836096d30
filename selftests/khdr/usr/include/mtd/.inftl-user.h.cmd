savedcmd_usr/include/mtd/inftl-user.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/mtd/inftl-user.h usr/include/mtd/inftl-user.h
