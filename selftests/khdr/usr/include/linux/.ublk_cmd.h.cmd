savedcmd_usr/include/linux/ublk_cmd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ublk_cmd.h usr/include/linux/ublk_cmd.h
