savedcmd_usr/include/linux/seg6.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/seg6.h usr/include/linux/seg6.h
