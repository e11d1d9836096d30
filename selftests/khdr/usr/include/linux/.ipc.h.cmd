savedcmd_usr/include/linux/ipc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ipc.h usr/include/linux/ipc.h
