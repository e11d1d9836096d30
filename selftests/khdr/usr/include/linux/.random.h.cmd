savedcmd_usr/include/linux/random.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/random.h usr/include/linux/random.h
