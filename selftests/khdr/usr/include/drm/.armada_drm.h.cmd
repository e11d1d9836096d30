savedcmd_usr/include/drm/armada_drm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/drm/armada_drm.h usr/include/drm/armada_drm.h
