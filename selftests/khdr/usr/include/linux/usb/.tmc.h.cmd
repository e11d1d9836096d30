savedcmd_usr/include/linux/usb/tmc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/usb/tmc.h usr/include/linux/usb/tmc.h
