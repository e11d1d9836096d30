savedcmd_usr/include/linux/hdreg.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/hdreg.h usr/include/linux/hdreg.h
