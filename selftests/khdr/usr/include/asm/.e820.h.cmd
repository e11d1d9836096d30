savedcmd_usr/include/asm/e820.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/arch/x86/include/uapi/asm/e820.h usr/include/asm/e820.h
