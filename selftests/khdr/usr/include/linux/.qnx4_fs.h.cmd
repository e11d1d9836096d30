savedcmd_usr/include/linux/qnx4_fs.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/qnx4_fs.h usr/include/linux/qnx4_fs.h
