savedcmd_usr/include/asm/a.out.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/arch/x86/include/uapi/asm/a.out.h usr/include/asm/a.out.h
