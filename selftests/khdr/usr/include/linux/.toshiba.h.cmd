savedcmd_usr/include/linux/toshiba.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/toshiba.h usr/include/linux/toshiba.h
