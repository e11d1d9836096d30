savedcmd_usr/include/linux/amt.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/amt.h usr/include/linux/amt.h
