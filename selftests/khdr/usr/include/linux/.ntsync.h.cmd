savedcmd_usr/include/linux/ntsync.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ntsync.h usr/include/linux/ntsync.h
