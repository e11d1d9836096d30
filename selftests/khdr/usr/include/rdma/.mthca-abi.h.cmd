savedcmd_usr/include/rdma/mthca-abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/rdma/mthca-abi.h usr/include/rdma/mthca-abi.h
