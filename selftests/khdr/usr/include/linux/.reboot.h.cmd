savedcmd_usr/include/linux/reboot.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/reboot.h usr/include/linux/reboot.h
