savedcmd_usr/include/linux/filter.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/filter.h usr/include/linux/filter.h
