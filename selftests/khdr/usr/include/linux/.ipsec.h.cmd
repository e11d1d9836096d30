savedcmd_usr/include/linux/ipsec.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ipsec.h usr/include/linux/ipsec.h
