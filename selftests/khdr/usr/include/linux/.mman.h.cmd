savedcmd_usr/include/linux/mman.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mman.h usr/include/linux/mman.h
