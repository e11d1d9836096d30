savedcmd_usr/include/linux/sysctl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/sysctl.h usr/include/linux/sysctl.h
