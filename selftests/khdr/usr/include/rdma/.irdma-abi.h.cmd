savedcmd_usr/include/rdma/irdma-abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/rdma/irdma-abi.h usr/include/rdma/irdma-abi.h
