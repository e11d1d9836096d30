savedcmd_usr/include/linux/nsm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nsm.h usr/include/linux/nsm.h
