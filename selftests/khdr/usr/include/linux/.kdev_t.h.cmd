savedcmd_usr/include/linux/kdev_t.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/kdev_t.h usr/include/linux/kdev_t.h
