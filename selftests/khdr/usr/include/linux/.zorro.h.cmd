savedcmd_usr/include/linux/zorro.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/zorro.h usr/include/linux/zorro.h
