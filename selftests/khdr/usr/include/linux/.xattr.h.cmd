savedcmd_usr/include/linux/xattr.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/xattr.h usr/include/linux/xattr.h
