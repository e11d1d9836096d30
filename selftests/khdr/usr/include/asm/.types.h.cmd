savedcmd_usr/include/asm/types.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh arch/x86/include/generated/uapi/asm/types.h usr/include/asm/types.h
