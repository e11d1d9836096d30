savedcmd_usr/include/rdma/rvt-abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/rdma/rvt-abi.h usr/include/rdma/rvt-abi.h
