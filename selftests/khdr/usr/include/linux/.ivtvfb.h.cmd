savedcmd_usr/include/linux/ivtvfb.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ivtvfb.h usr/include/linux/ivtvfb.h
