savedcmd_usr/include/linux/can.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/can.h usr/include/linux/can.h
