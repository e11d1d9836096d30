savedcmd_usr/include/linux/module.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/module.h usr/include/linux/module.h
