savedcmd_usr/include/linux/netdev.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/netdev.h usr/include/linux/netdev.h
