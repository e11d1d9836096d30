savedcmd_usr/include/sound/hdspm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/sound/hdspm.h usr/include/sound/hdspm.h
