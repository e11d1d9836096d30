savedcmd_usr/include/linux/uuid.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/uuid.h usr/include/linux/uuid.h
