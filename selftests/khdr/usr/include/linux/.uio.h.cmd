savedcmd_usr/include/linux/uio.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/uio.h usr/include/linux/uio.h
