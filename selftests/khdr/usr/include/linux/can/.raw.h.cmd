savedcmd_usr/include/linux/can/raw.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/can/raw.h usr/include/linux/can/raw.h
