savedcmd_usr/include/linux/net.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/net.h usr/include/linux/net.h
