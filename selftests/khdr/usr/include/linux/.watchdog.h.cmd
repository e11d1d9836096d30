savedcmd_usr/include/linux/watchdog.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/watchdog.h usr/include/linux/watchdog.h
