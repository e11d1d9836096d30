savedcmd_usr/include/asm/vmx.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/arch/x86/include/uapi/asm/vmx.h usr/include/asm/vmx.h
