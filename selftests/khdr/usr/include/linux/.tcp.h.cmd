savedcmd_usr/include/linux/tcp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/tcp.h usr/include/linux/tcp.h
