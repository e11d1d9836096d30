savedcmd_usr/include/linux/lsm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/lsm.h usr/include/linux/lsm.h
