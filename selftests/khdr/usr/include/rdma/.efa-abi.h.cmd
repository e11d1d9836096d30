savedcmd_usr/include/rdma/efa-abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/rdma/efa-abi.h usr/include/rdma/efa-abi.h
