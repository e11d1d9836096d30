savedcmd_usr/include/linux/bt-bmc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/bt-bmc.h usr/include/linux/bt-bmc.h
