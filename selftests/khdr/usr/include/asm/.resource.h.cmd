savedcmd_usr/include/asm/resource.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh arch/x86/include/generated/uapi/asm/resource.h usr/include/asm/resource.h
