savedcmd_usr/include/linux/ccs.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ccs.h usr/include/linux/ccs.h
