savedcmd_usr/include/linux/elf.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/elf.h usr/include/linux/elf.h
