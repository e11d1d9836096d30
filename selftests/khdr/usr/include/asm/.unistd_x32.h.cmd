savedcmd_usr/include/asm/unistd_x32.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh arch/x86/include/generated/uapi/asm/unistd_x32.h usr/include/asm/unistd_x32.h
