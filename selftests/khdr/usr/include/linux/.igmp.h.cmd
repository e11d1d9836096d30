savedcmd_usr/include/linux/igmp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/igmp.h usr/include/linux/igmp.h
