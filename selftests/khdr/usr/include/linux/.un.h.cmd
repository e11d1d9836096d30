savedcmd_usr/include/linux/un.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/un.h usr/include/linux/un.h
