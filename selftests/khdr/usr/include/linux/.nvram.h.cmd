savedcmd_usr/include/linux/nvram.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nvram.h usr/include/linux/nvram.h
