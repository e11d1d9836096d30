savedcmd_usr/include/linux/lirc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/lirc.h usr/include/linux/lirc.h
