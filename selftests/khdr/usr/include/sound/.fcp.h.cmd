savedcmd_usr/include/sound/fcp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/sound/fcp.h usr/include/sound/fcp.h
