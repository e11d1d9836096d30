savedcmd_usr/include/linux/signal.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/signal.h usr/include/linux/signal.h
