savedcmd_usr/include/drm/drm_mode.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/drm/drm_mode.h usr/include/drm/drm_mode.h
