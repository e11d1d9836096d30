savedcmd_usr/include/linux/udp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/udp.h usr/include/linux/udp.h
