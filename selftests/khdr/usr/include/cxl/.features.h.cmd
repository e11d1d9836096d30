savedcmd_usr/include/cxl/features.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/cxl/features.h usr/include/cxl/features.h
