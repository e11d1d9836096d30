savedcmd_usr/include/linux/ovpn.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ovpn.h usr/include/linux/ovpn.h
