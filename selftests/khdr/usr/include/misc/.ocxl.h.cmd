savedcmd_usr/include/misc/ocxl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/misc/ocxl.h usr/include/misc/ocxl.h
