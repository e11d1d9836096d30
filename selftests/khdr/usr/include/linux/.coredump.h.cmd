savedcmd_usr/include/linux/coredump.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/coredump.h usr/include/linux/coredump.h
