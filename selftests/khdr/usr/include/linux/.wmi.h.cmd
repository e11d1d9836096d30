savedcmd_usr/include/linux/wmi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/wmi.h usr/include/linux/wmi.h
