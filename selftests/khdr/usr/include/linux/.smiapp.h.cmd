savedcmd_usr/include/linux/smiapp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/smiapp.h usr/include/linux/smiapp.h
