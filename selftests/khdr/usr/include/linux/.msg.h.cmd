savedcmd_usr/include/linux/msg.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/msg.h usr/include/linux/msg.h
