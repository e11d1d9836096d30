savedcmd_usr/include/linux/gameport.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/gameport.h usr/include/linux/gameport.h
