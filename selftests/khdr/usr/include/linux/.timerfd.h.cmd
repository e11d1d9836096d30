savedcmd_usr/include/linux/timerfd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/timerfd.h usr/include/linux/timerfd.h
