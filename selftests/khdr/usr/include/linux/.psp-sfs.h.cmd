savedcmd_usr/include/linux/psp-sfs.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/psp-sfs.h usr/include/linux/psp-sfs.h
