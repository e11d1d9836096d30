savedcmd_usr/include/linux/rseq.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/rseq.h usr/include/linux/rseq.h
