savedcmd_usr/include/drm/qaic_accel.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/drm/qaic_accel.h usr/include/drm/qaic_accel.h
