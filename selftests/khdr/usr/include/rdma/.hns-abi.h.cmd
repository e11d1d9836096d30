savedcmd_usr/include/rdma/hns-abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/rdma/hns-abi.h usr/include/rdma/hns-abi.h
