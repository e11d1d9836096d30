savedcmd_usr/include/linux/netlink.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/netlink.h usr/include/linux/netlink.h
