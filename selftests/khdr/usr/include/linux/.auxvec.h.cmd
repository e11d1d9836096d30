savedcmd_usr/include/linux/auxvec.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/auxvec.h usr/include/linux/auxvec.h
