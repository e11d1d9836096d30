savedcmd_usr/include/linux/ethtool.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ethtool.h usr/include/linux/ethtool.h
