savedcmd_usr/include/linux/cxl_mem.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/cxl_mem.h usr/include/linux/cxl_mem.h
