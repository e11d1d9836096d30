savedcmd_usr/include/linux/fsverity.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fsverity.h usr/include/linux/fsverity.h
