savedcmd_usr/include/linux/vhost.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/vhost.h usr/include/linux/vhost.h
