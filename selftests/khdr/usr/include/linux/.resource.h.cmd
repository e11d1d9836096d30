savedcmd_usr/include/linux/resource.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/resource.h usr/include/linux/resource.h
