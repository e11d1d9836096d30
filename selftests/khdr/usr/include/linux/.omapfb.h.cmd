savedcmd_usr/include/linux/omapfb.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/omapfb.h usr/include/linux/omapfb.h
