savedcmd_usr/include/linux/rpmsg.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/rpmsg.h usr/include/linux/rpmsg.h
