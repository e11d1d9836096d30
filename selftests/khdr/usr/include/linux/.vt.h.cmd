savedcmd_usr/include/linux/vt.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/vt.h usr/include/linux/vt.h
