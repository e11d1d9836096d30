savedcmd_usr/include/linux/ncsi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ncsi.h usr/include/linux/ncsi.h
