savedcmd_usr/include/linux/udmabuf.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/udmabuf.h usr/include/linux/udmabuf.h
