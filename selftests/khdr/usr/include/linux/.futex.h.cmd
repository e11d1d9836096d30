savedcmd_usr/include/linux/futex.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/futex.h usr/include/linux/futex.h
