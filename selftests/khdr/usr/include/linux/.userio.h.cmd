savedcmd_usr/include/linux/userio.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/userio.h usr/include/linux/userio.h
