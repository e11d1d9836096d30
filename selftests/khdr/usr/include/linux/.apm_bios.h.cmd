savedcmd_usr/include/linux/apm_bios.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/apm_bios.h usr/include/linux/apm_bios.h
