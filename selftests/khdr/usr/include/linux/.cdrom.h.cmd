savedcmd_usr/include/linux/cdrom.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/cdrom.h usr/include/linux/cdrom.h
