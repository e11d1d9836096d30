savedcmd_usr/include/linux/vfio.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/vfio.h usr/include/linux/vfio.h
