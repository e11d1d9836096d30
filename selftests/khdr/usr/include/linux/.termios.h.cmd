savedcmd_usr/include/linux/termios.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/termios.h usr/include/linux/termios.h
