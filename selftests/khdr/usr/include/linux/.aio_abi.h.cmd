savedcmd_usr/include/linux/aio_abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/aio_abi.h usr/include/linux/aio_abi.h
