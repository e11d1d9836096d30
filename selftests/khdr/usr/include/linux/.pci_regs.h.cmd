savedcmd_usr/include/linux/pci_regs.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pci_regs.h usr/include/linux/pci_regs.h
