savedcmd_usr/include/linux/xfrm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/xfrm.h usr/include/linux/xfrm.h
