savedcmd_usr/include/linux/atm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/atm.h usr/include/linux/atm.h
