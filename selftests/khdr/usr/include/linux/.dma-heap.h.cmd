savedcmd_usr/include/linux/dma-heap.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/dma-heap.h usr/include/linux/dma-heap.h
