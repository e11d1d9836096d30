savedcmd_usr/include/linux/mtio.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mtio.h usr/include/linux/mtio.h
