savedcmd_usr/include/linux/tiocl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/tiocl.h usr/include/linux/tiocl.h
