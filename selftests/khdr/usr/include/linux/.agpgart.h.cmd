savedcmd_usr/include/linux/agpgart.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/agpgart.h usr/include/linux/agpgart.h
