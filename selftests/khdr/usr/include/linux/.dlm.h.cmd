savedcmd_usr/include/linux/dlm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/dlm.h usr/include/linux/dlm.h
