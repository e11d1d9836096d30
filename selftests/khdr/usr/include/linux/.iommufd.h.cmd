savedcmd_usr/include/linux/iommufd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/iommufd.h usr/include/linux/iommufd.h
