savedcmd_usr/include/linux/stddef.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/stddef.h usr/include/linux/stddef.h
