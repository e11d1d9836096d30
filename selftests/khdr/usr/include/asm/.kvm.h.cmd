savedcmd_usr/include/asm/kvm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/arch/x86/include/uapi/asm/kvm.h usr/include/asm/kvm.h
