savedcmd_usr/include/linux/atmdev.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/atmdev.h usr/include/linux/atmdev.h
