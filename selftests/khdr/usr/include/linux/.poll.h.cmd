savedcmd_usr/include/linux/poll.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/poll.h usr/include/linux/poll.h
