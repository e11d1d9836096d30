savedcmd_usr/include/linux/irqnr.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/irqnr.h usr/include/linux/irqnr.h
