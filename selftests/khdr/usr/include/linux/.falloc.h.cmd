savedcmd_usr/include/linux/falloc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/falloc.h usr/include/linux/falloc.h
