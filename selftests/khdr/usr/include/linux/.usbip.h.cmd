savedcmd_usr/include/linux/usbip.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/usbip.h usr/include/linux/usbip.h
