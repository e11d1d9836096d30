savedcmd_usr/include/linux/major.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/major.h usr/include/linux/major.h
