savedcmd_usr/include/linux/pfkeyv2.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pfkeyv2.h usr/include/linux/pfkeyv2.h
