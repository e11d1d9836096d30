savedcmd_usr/include/linux/shm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/shm.h usr/include/linux/shm.h
