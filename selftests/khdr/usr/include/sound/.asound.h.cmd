savedcmd_usr/include/sound/asound.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/sound/asound.h usr/include/sound/asound.h
