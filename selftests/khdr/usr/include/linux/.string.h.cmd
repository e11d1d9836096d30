savedcmd_usr/include/linux/string.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/string.h usr/include/linux/string.h
