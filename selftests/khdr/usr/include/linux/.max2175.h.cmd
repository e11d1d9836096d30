savedcmd_usr/include/linux/max2175.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/max2175.h usr/include/linux/max2175.h
