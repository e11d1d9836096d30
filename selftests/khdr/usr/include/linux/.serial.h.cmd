savedcmd_usr/include/linux/serial.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/serial.h usr/include/linux/serial.h
