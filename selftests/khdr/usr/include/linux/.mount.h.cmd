savedcmd_usr/include/linux/mount.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mount.h usr/include/linux/mount.h
