savedcmd_usr/include/linux/kcm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/kcm.h usr/include/linux/kcm.h
