savedcmd_usr/include/linux/ipmi_bmc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ipmi_bmc.h usr/include/linux/ipmi_bmc.h
