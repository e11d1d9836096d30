savedcmd_usr/include/linux/cycx_cfm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/cycx_cfm.h usr/include/linux/cycx_cfm.h
