savedcmd_usr/include/linux/hid.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/hid.h usr/include/linux/hid.h
