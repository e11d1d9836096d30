savedcmd_usr/include/linux/nexthop.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nexthop.h usr/include/linux/nexthop.h
