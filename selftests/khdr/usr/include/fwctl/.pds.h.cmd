savedcmd_usr/include/fwctl/pds.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/fwctl/pds.h usr/include/fwctl/pds.h
