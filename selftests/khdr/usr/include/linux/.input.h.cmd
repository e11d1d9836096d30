savedcmd_usr/include/linux/input.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/input.h usr/include/linux/input.h
