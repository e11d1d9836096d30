savedcmd_usr/include/linux/types.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/types.h usr/include/linux/types.h
