savedcmd_usr/include/linux/param.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/param.h usr/include/linux/param.h
