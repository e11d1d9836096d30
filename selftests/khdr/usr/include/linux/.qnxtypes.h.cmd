savedcmd_usr/include/linux/qnxtypes.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/qnxtypes.h usr/include/linux/qnxtypes.h
