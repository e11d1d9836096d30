savedcmd_usr/include/linux/l2tp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/l2tp.h usr/include/linux/l2tp.h
