savedcmd_usr/include/linux/dma-buf.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/dma-buf.h usr/include/linux/dma-buf.h
