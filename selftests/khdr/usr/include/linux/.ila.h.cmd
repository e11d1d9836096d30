savedcmd_usr/include/linux/ila.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ila.h usr/include/linux/ila.h
