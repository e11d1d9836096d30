savedcmd_usr/include/linux/iso_fs.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/iso_fs.h usr/include/linux/iso_fs.h
