savedcmd_usr/include/linux/vdpa.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/vdpa.h usr/include/linux/vdpa.h
