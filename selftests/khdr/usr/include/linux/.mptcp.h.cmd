savedcmd_usr/include/linux/mptcp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mptcp.h usr/include/linux/mptcp.h
