savedcmd_usr/include/rdma/qedr-abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/rdma/qedr-abi.h usr/include/rdma/qedr-abi.h
