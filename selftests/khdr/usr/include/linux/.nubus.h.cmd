savedcmd_usr/include/linux/nubus.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nubus.h usr/include/linux/nubus.h
