savedcmd_usr/include/linux/mptcp_pm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mptcp_pm.h usr/include/linux/mptcp_pm.h
