savedcmd_usr/include/linux/wwan.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/wwan.h usr/include/linux/wwan.h
