savedcmd_usr/include/drm/v3d_drm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/drm/v3d_drm.h usr/include/drm/v3d_drm.h
