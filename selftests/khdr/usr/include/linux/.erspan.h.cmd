savedcmd_usr/include/linux/erspan.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/erspan.h usr/include/linux/erspan.h
