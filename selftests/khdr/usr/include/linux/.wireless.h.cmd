savedcmd_usr/include/linux/wireless.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/wireless.h usr/include/linux/wireless.h
