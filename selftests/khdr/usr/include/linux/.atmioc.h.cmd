savedcmd_usr/include/linux/atmioc.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/atmioc.h usr/include/linux/atmioc.h
