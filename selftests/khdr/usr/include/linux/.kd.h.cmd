savedcmd_usr/include/linux/kd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/kd.h usr/include/linux/kd.h
