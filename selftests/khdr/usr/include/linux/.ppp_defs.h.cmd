savedcmd_usr/include/linux/ppp_defs.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ppp_defs.h usr/include/linux/ppp_defs.h
