savedcmd_usr/include/asm/shmbuf.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/arch/x86/include/uapi/asm/shmbuf.h usr/include/asm/shmbuf.h
