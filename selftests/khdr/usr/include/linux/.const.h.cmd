savedcmd_usr/include/linux/const.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/const.h usr/include/linux/const.h
