savedcmd_usr/include/linux/rtc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/rtc.h usr/include/linux/rtc.h
