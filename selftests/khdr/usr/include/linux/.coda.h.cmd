savedcmd_usr/include/linux/coda.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/coda.h usr/include/linux/coda.h
