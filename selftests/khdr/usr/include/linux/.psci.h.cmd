savedcmd_usr/include/linux/psci.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/psci.h usr/include/linux/psci.h
