savedcmd_usr/include/linux/sockios.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/sockios.h usr/include/linux/sockios.h
