savedcmd_usr/include/linux/kcmp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/kcmp.h usr/include/linux/kcmp.h
