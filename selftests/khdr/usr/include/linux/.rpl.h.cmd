savedcmd_usr/include/linux/rpl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/rpl.h usr/include/linux/rpl.h
