savedcmd_usr/include/linux/unistd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/unistd.h usr/include/linux/unistd.h
