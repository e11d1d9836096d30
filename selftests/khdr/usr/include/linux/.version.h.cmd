savedcmd_usr/include/linux/version.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh include/generated/uapi/linux/version.h usr/include/linux/version.h
