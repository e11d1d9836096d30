savedcmd_usr/include/linux/cyclades.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/cyclades.h usr/include/linux/cyclades.h
