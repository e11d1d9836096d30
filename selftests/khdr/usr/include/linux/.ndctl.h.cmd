savedcmd_usr/include/linux/ndctl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ndctl.h usr/include/linux/ndctl.h
