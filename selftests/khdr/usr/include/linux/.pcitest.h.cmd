savedcmd_usr/include/linux/pcitest.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pcitest.h usr/include/linux/pcitest.h
