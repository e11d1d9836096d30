savedcmd_usr/include/linux/snmp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/snmp.h usr/include/linux/snmp.h
