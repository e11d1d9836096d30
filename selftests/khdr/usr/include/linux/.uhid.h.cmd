savedcmd_usr/include/linux/uhid.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/uhid.h usr/include/linux/uhid.h
