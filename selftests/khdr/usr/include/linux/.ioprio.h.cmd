savedcmd_usr/include/linux/ioprio.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ioprio.h usr/include/linux/ioprio.h
