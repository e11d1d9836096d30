savedcmd_usr/include/linux/sctp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/sctp.h usr/include/linux/sctp.h
