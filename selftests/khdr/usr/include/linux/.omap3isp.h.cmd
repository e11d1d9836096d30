savedcmd_usr/include/linux/omap3isp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/omap3isp.h usr/include/linux/omap3isp.h
