savedcmd_usr/include/linux/netconf.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/netconf.h usr/include/linux/netconf.h
