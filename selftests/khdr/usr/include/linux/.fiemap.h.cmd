savedcmd_usr/include/linux/fiemap.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fiemap.h usr/include/linux/fiemap.h
