savedcmd_usr/include/linux/qrtr.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/qrtr.h usr/include/linux/qrtr.h
