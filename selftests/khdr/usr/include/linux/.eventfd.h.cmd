savedcmd_usr/include/linux/eventfd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/eventfd.h usr/include/linux/eventfd.h
