savedcmd_usr/include/drm/tegra_drm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/drm/tegra_drm.h usr/include/drm/tegra_drm.h
