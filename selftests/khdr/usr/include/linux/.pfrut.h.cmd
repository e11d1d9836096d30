savedcmd_usr/include/linux/pfrut.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pfrut.h usr/include/linux/pfrut.h
