savedcmd_usr/include/linux/hdlc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/hdlc.h usr/include/linux/hdlc.h
