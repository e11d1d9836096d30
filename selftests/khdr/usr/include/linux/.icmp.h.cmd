savedcmd_usr/include/linux/icmp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/icmp.h usr/include/linux/icmp.h
