savedcmd_usr/include/drm/pvr_drm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/drm/pvr_drm.h usr/include/drm/pvr_drm.h
