savedcmd_usr/include/rdma/siw-abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/rdma/siw-abi.h usr/include/rdma/siw-abi.h
