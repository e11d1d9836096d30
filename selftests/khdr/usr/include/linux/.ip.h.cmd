savedcmd_usr/include/linux/ip.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ip.h usr/include/linux/ip.h
