savedcmd_usr/include/linux/sound.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/sound.h usr/include/linux/sound.h
