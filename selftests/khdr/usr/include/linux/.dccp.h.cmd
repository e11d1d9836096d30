savedcmd_usr/include/linux/dccp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/dccp.h usr/include/linux/dccp.h
