savedcmd_usr/include/linux/nfsacl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nfsacl.h usr/include/linux/nfsacl.h
