savedcmd_usr/include/linux/socket.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/socket.h usr/include/linux/socket.h
