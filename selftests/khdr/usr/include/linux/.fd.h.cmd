savedcmd_usr/include/linux/fd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fd.h usr/include/linux/fd.h
