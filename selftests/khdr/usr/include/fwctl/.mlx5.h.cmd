savedcmd_usr/include/fwctl/mlx5.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/fwctl/mlx5.h usr/include/fwctl/mlx5.h
