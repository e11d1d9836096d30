savedcmd_usr/include/linux/ivtv.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ivtv.h usr/include/linux/ivtv.h
