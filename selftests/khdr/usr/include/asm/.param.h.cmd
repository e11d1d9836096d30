savedcmd_usr/include/asm/param.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh arch/x86/include/generated/uapi/asm/param.h usr/include/asm/param.h
