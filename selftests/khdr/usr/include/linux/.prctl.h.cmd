savedcmd_usr/include/linux/prctl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/prctl.h usr/include/linux/prctl.h
