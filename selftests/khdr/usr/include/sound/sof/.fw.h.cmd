savedcmd_usr/include/sound/sof/fw.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/sound/sof/fw.h usr/include/sound/sof/fw.h
