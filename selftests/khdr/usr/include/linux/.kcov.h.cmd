savedcmd_usr/include/linux/kcov.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/kcov.h usr/include/linux/kcov.h
