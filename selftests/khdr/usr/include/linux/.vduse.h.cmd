savedcmd_usr/include/linux/vduse.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/vduse.h usr/include/linux/vduse.h
