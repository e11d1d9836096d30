savedcmd_usr/include/linux/sonet.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/sonet.h usr/include/linux/sonet.h
