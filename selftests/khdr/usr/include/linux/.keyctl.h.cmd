savedcmd_usr/include/linux/keyctl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/keyctl.h usr/include/linux/keyctl.h
