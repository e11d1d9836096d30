savedcmd_usr/include/linux/nfs_fs.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nfs_fs.h usr/include/linux/nfs_fs.h
