savedcmd_usr/include/linux/pps.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pps.h usr/include/linux/pps.h
