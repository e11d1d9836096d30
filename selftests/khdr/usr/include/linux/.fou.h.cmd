savedcmd_usr/include/linux/fou.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fou.h usr/include/linux/fou.h
