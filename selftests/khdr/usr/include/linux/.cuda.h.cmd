savedcmd_usr/include/linux/cuda.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/cuda.h usr/include/linux/cuda.h
