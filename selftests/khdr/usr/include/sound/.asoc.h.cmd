savedcmd_usr/include/sound/asoc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/sound/asoc.h usr/include/sound/asoc.h
