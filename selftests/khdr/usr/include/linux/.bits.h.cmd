savedcmd_usr/include/linux/bits.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/bits.h usr/include/linux/bits.h
