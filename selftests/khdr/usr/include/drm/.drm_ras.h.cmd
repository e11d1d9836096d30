savedcmd_usr/include/drm/drm_ras.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/drm/drm_ras.h usr/include/drm/drm_ras.h
