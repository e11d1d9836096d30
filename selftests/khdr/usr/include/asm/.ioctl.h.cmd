savedcmd_usr/include/asm/ioctl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh arch/x86/include/generated/uapi/asm/ioctl.h usr/include/asm/ioctl.h
