savedcmd_usr/include/linux/ext4.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ext4.h usr/include/linux/ext4.h
