savedcmd_usr/include/linux/counter.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/counter.h usr/include/linux/counter.h
