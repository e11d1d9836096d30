savedcmd_usr/include/linux/nfs2.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nfs2.h usr/include/linux/nfs2.h
