savedcmd_usr/include/linux/thermal.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/thermal.h usr/include/linux/thermal.h
