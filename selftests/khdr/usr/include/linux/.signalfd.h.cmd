savedcmd_usr/include/linux/signalfd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/signalfd.h usr/include/linux/signalfd.h
