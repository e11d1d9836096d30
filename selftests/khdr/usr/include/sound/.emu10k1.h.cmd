savedcmd_usr/include/sound/emu10k1.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/sound/emu10k1.h usr/include/sound/emu10k1.h
