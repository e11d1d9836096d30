savedcmd_usr/include/linux/tipc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/tipc.h usr/include/linux/tipc.h
