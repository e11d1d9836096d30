savedcmd_usr/include/linux/edd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/edd.h usr/include/linux/edd.h
