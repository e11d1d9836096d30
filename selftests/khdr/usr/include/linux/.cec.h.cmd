savedcmd_usr/include/linux/cec.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/cec.h usr/include/linux/cec.h
