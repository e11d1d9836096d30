savedcmd_usr/include/linux/sed-opal.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/sed-opal.h usr/include/linux/sed-opal.h
