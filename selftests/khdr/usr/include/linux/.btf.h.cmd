savedcmd_usr/include/linux/btf.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/btf.h usr/include/linux/btf.h
