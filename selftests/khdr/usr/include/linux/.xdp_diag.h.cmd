savedcmd_usr/include/linux/xdp_diag.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/xdp_diag.h usr/include/linux/xdp_diag.h
