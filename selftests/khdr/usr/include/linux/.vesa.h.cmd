savedcmd_usr/include/linux/vesa.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/vesa.h usr/include/linux/vesa.h
