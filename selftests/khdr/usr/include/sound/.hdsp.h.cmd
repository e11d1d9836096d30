savedcmd_usr/include/sound/hdsp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/sound/hdsp.h usr/include/sound/hdsp.h
