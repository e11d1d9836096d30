savedcmd_usr/include/linux/veth.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/veth.h usr/include/linux/veth.h
