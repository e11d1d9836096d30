savedcmd_usr/include/linux/nfs.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nfs.h usr/include/linux/nfs.h
