savedcmd_usr/include/linux/fpga-dfl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fpga-dfl.h usr/include/linux/fpga-dfl.h
