savedcmd_usr/include/linux/mei_uuid.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/mei_uuid.h usr/include/linux/mei_uuid.h
