savedcmd_usr/include/linux/swab.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/swab.h usr/include/linux/swab.h
