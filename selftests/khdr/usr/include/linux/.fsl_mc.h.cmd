savedcmd_usr/include/linux/fsl_mc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fsl_mc.h usr/include/linux/fsl_mc.h
