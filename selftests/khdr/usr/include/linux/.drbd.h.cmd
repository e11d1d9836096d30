savedcmd_usr/include/linux/drbd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/drbd.h usr/include/linux/drbd.h
