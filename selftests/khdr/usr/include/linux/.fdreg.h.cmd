savedcmd_usr/include/linux/fdreg.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fdreg.h usr/include/linux/fdreg.h
