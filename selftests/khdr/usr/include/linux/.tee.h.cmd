savedcmd_usr/include/linux/tee.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/tee.h usr/include/linux/tee.h
