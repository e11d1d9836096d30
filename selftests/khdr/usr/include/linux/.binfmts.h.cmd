savedcmd_usr/include/linux/binfmts.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/binfmts.h usr/include/linux/binfmts.h
