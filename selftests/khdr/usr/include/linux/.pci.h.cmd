savedcmd_usr/include/linux/pci.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pci.h usr/include/linux/pci.h
