savedcmd_usr/include/linux/memfd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/memfd.h usr/include/linux/memfd.h
