savedcmd_usr/include/video/edid.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/video/edid.h usr/include/video/edid.h
