savedcmd_usr/include/linux/stat.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/stat.h usr/include/linux/stat.h
