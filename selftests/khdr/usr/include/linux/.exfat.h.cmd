savedcmd_usr/include/linux/exfat.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/exfat.h usr/include/linux/exfat.h
