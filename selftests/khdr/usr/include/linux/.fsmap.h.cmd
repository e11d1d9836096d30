savedcmd_usr/include/linux/fsmap.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fsmap.h usr/include/linux/fsmap.h
