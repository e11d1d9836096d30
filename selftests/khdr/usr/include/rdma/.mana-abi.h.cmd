savedcmd_usr/include/rdma/mana-abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/rdma/mana-abi.h usr/include/rdma/mana-abi.h
