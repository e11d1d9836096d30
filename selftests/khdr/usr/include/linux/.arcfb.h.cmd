savedcmd_usr/include/linux/arcfb.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/arcfb.h usr/include/linux/arcfb.h
