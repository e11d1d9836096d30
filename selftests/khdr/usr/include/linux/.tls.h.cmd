savedcmd_usr/include/linux/tls.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/tls.h usr/include/linux/tls.h
