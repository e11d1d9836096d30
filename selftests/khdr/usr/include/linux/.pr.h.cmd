savedcmd_usr/include/linux/pr.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pr.h usr/include/linux/pr.h
