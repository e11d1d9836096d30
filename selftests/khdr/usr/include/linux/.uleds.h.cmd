savedcmd_usr/include/linux/uleds.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/uleds.h usr/include/linux/uleds.h
