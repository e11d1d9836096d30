savedcmd_usr/include/xen/privcmd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/xen/privcmd.h usr/include/xen/privcmd.h
