savedcmd_usr/include/linux/time.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/time.h usr/include/linux/time.h
