savedcmd_usr/include/linux/nfsd/cld.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nfsd/cld.h usr/include/linux/nfsd/cld.h
