savedcmd_usr/include/linux/kexec.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/kexec.h usr/include/linux/kexec.h
