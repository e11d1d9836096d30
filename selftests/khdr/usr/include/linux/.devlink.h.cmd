savedcmd_usr/include/linux/devlink.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/devlink.h usr/include/linux/devlink.h
