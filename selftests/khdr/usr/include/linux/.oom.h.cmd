savedcmd_usr/include/linux/oom.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/oom.h usr/include/linux/oom.h
