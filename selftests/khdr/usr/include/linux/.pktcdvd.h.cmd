savedcmd_usr/include/linux/pktcdvd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pktcdvd.h usr/include/linux/pktcdvd.h
