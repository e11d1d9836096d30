savedcmd_usr/include/linux/ife.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ife.h usr/include/linux/ife.h
