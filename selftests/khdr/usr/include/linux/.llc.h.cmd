savedcmd_usr/include/linux/llc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/llc.h usr/include/linux/llc.h
