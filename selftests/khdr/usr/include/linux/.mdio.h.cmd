savedcmd_usr/include/linux/mdio.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mdio.h usr/include/linux/mdio.h
