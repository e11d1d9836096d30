savedcmd_usr/include/linux/btrfs.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/btrfs.h usr/include/linux/btrfs.h
