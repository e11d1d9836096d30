savedcmd_usr/include/linux/times.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/times.h usr/include/linux/times.h
