savedcmd_usr/include/rdma/cxgb4-abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/rdma/cxgb4-abi.h usr/include/rdma/cxgb4-abi.h
