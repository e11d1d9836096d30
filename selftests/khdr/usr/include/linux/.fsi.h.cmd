savedcmd_usr/include/linux/fsi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fsi.h usr/include/linux/fsi.h
