savedcmd_usr/include/linux/dvb/ca.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/dvb/ca.h usr/include/linux/dvb/ca.h
