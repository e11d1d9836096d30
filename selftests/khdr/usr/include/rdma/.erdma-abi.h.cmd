savedcmd_usr/include/rdma/erdma-abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/rdma/erdma-abi.h usr/include/rdma/erdma-abi.h
