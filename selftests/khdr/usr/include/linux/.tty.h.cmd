savedcmd_usr/include/linux/tty.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/tty.h usr/include/linux/tty.h
