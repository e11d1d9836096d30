savedcmd_usr/include/linux/dw100.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/dw100.h usr/include/linux/dw100.h
