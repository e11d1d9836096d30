savedcmd_usr/include/linux/vmcore.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/vmcore.h usr/include/linux/vmcore.h
