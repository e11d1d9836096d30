savedcmd_usr/include/linux/mpls.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mpls.h usr/include/linux/mpls.h
