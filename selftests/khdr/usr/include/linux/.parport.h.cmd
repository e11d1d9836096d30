savedcmd_usr/include/linux/parport.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/parport.h usr/include/linux/parport.h
