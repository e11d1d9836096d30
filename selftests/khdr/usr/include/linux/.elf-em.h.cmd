savedcmd_usr/include/linux/elf-em.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/elf-em.h usr/include/linux/elf-em.h
