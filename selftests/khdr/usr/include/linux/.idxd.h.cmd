savedcmd_usr/include/linux/idxd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/idxd.h usr/include/linux/idxd.h
