savedcmd_usr/include/asm/hwcap2.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/arch/x86/include/uapi/asm/hwcap2.h usr/include/asm/hwcap2.h
