savedcmd_usr/include/linux/comedi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/comedi.h usr/include/linux/comedi.h
