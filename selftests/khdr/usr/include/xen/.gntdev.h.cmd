savedcmd_usr/include/xen/gntdev.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/xen/gntdev.h usr/include/xen/gntdev.h
