savedcmd_usr/include/sound/sb16_csp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/sound/sb16_csp.h usr/include/sound/sb16_csp.h
