savedcmd_usr/include/linux/sonypi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/sonypi.h usr/include/linux/sonypi.h
