savedcmd_usr/include/asm/signal.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/arch/x86/include/uapi/asm/signal.h usr/include/asm/signal.h
