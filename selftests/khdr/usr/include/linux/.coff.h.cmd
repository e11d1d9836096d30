savedcmd_usr/include/linux/coff.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/coff.h usr/include/linux/coff.h
