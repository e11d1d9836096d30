savedcmd_usr/include/linux/bpf.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/bpf.h usr/include/linux/bpf.h
