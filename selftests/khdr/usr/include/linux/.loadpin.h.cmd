savedcmd_usr/include/linux/loadpin.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/loadpin.h usr/include/linux/loadpin.h
