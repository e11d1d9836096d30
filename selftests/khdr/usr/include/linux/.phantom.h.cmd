savedcmd_usr/include/linux/phantom.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/phantom.h usr/include/linux/phantom.h
