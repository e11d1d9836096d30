savedcmd_usr/include/linux/phonet.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/phonet.h usr/include/linux/phonet.h
