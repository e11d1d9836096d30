savedcmd_usr/include/linux/cn_proc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/cn_proc.h usr/include/linux/cn_proc.h
