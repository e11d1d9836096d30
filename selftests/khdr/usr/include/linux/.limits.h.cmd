savedcmd_usr/include/linux/limits.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/limits.h usr/include/linux/limits.h
