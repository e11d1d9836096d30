savedcmd_usr/include/linux/sem.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/sem.h usr/include/linux/sem.h
