savedcmd_usr/include/linux/openat2.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/openat2.h usr/include/linux/openat2.h
