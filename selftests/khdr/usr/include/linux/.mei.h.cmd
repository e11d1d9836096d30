savedcmd_usr/include/linux/mei.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mei.h usr/include/linux/mei.h
