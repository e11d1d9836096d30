savedcmd_usr/include/linux/ip_vs.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ip_vs.h usr/include/linux/ip_vs.h
