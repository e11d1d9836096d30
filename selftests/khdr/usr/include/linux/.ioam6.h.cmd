savedcmd_usr/include/linux/ioam6.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ioam6.h usr/include/linux/ioam6.h
