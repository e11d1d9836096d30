savedcmd_usr/include/linux/wait.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/wait.h usr/include/linux/wait.h
