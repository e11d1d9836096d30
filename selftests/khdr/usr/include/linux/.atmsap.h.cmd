savedcmd_usr/include/linux/atmsap.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/atmsap.h usr/include/linux/atmsap.h
