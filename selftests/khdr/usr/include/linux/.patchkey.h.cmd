savedcmd_usr/include/linux/patchkey.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/patchkey.h usr/include/linux/patchkey.h
