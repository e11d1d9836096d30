savedcmd_usr/include/asm/vm86.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/arch/x86/include/uapi/asm/vm86.h usr/include/asm/vm86.h
