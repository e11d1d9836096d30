savedcmd_usr/include/linux/ppp-comp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/ppp-comp.h usr/include/linux/ppp-comp.h
