savedcmd_usr/include/linux/atmapi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/atmapi.h usr/include/linux/atmapi.h
