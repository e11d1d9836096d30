savedcmd_usr/include/video/sisfb.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/video/sisfb.h usr/include/video/sisfb.h
