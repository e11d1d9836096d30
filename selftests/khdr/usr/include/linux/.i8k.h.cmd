savedcmd_usr/include/linux/i8k.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/i8k.h usr/include/linux/i8k.h
