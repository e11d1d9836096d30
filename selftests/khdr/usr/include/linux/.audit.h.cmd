savedcmd_usr/include/linux/audit.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/audit.h usr/include/linux/audit.h
