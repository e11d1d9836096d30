savedcmd_usr/include/rdma/mlx4-abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/rdma/mlx4-abi.h usr/include/rdma/mlx4-abi.h
