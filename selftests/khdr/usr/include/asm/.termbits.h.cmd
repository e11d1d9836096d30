savedcmd_usr/include/asm/termbits.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh arch/x86/include/generated/uapi/asm/termbits.h usr/include/asm/termbits.h
