savedcmd_usr/include/linux/gpib.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/gpib.h usr/include/linux/gpib.h
