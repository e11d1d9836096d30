savedcmd_usr/include/linux/mii.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mii.h usr/include/linux/mii.h
