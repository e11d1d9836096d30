savedcmd_usr/include/linux/serio.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/serio.h usr/include/linux/serio.h
