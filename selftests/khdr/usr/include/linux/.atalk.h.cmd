savedcmd_usr/include/linux/atalk.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/atalk.h usr/include/linux/atalk.h
