savedcmd_usr/include/linux/nbd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nbd.h usr/include/linux/nbd.h
