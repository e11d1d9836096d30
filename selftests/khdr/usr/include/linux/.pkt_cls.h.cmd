savedcmd_usr/include/linux/pkt_cls.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pkt_cls.h usr/include/linux/pkt_cls.h
