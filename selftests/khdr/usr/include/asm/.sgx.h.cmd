savedcmd_usr/include/asm/sgx.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/arch/x86/include/uapi/asm/sgx.h usr/include/asm/sgx.h
