savedcmd_usr/include/linux/mctp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mctp.h usr/include/linux/mctp.h
