savedcmd_usr/include/linux/vsockmon.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/vsockmon.h usr/include/linux/vsockmon.h
