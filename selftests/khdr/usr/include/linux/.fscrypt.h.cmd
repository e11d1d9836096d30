savedcmd_usr/include/linux/fscrypt.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fscrypt.h usr/include/linux/fscrypt.h
