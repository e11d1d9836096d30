savedcmd_usr/include/linux/kernel.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/kernel.h usr/include/linux/kernel.h
