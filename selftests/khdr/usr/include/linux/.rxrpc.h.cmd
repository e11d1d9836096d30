savedcmd_usr/include/linux/rxrpc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/rxrpc.h usr/include/linux/rxrpc.h
