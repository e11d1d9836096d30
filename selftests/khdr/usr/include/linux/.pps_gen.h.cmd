savedcmd_usr/include/linux/pps_gen.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pps_gen.h usr/include/linux/pps_gen.h
