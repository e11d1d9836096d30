savedcmd_usr/include/linux/isst_if.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/isst_if.h usr/include/linux/isst_if.h
