savedcmd_usr/include/linux/ipv6.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ipv6.h usr/include/linux/ipv6.h
