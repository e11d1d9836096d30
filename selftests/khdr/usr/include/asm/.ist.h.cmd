savedcmd_usr/include/asm/ist.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/arch/x86/include/uapi/asm/ist.h usr/include/asm/ist.h
