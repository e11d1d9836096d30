savedcmd_usr/include/linux/mshv.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mshv.h usr/include/linux/mshv.h
