savedcmd_usr/include/linux/sysinfo.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/sysinfo.h usr/include/linux/sysinfo.h
