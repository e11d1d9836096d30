savedcmd_usr/include/linux/seccomp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/seccomp.h usr/include/linux/seccomp.h
