savedcmd_usr/include/linux/vfio_ccw.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/vfio_ccw.h usr/include/linux/vfio_ccw.h
