savedcmd_usr/include/xen/gntalloc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/xen/gntalloc.h usr/include/xen/gntalloc.h
