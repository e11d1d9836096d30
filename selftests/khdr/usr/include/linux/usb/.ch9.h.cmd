savedcmd_usr/include/linux/usb/ch9.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/usb/ch9.h usr/include/linux/usb/ch9.h
