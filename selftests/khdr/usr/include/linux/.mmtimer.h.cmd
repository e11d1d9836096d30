savedcmd_usr/include/linux/mmtimer.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mmtimer.h usr/include/linux/mmtimer.h
