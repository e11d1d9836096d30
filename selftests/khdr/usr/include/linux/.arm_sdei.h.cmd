savedcmd_usr/include/linux/arm_sdei.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/arm_sdei.h usr/include/linux/arm_sdei.h
