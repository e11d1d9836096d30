savedcmd_usr/include/linux/thp7312.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/thp7312.h usr/include/linux/thp7312.h
