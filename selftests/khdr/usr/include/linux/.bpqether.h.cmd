savedcmd_usr/include/linux/bpqether.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/bpqether.h usr/include/linux/bpqether.h
