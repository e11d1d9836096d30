savedcmd_usr/include/fwctl/bnxt.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/fwctl/bnxt.h usr/include/fwctl/bnxt.h
