savedcmd_usr/include/linux/ptrace.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ptrace.h usr/include/linux/ptrace.h
