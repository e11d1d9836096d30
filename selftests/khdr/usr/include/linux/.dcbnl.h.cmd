savedcmd_usr/include/linux/dcbnl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/dcbnl.h usr/include/linux/dcbnl.h
