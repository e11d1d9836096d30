savedcmd_usr/include/misc/fastrpc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/misc/fastrpc.h usr/include/misc/fastrpc.h
