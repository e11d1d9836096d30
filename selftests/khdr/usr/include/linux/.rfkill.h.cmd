savedcmd_usr/include/linux/rfkill.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/rfkill.h usr/include/linux/rfkill.h
