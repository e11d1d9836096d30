savedcmd_usr/include/rdma/ionic-abi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/rdma/ionic-abi.h usr/include/rdma/ionic-abi.h
