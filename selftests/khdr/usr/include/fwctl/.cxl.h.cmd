savedcmd_usr/include/fwctl/cxl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/fwctl/cxl.h usr/include/fwctl/cxl.h
