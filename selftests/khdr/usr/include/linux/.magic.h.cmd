savedcmd_usr/include/linux/magic.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/magic.h usr/include/linux/magic.h
