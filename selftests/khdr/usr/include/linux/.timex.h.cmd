savedcmd_usr/include/linux/timex.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/timex.h usr/include/linux/timex.h
