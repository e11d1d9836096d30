savedcmd_usr/include/linux/fadvise.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fadvise.h usr/include/linux/fadvise.h
