savedcmd_usr/include/linux/lwtunnel.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/lwtunnel.h usr/include/linux/lwtunnel.h
