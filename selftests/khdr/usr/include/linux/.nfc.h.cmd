savedcmd_usr/include/linux/nfc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nfc.h usr/include/linux/nfc.h
