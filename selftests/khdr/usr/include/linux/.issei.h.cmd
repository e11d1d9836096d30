savedcmd_usr/include/linux/issei.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/issei.h usr/include/linux/issei.h
