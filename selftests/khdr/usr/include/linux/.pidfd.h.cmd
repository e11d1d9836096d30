savedcmd_usr/include/linux/pidfd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pidfd.h usr/include/linux/pidfd.h
