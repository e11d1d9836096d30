savedcmd_usr/include/linux/matroxfb.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/matroxfb.h usr/include/linux/matroxfb.h
