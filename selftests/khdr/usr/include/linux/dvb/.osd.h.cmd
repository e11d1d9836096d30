savedcmd_usr/include/linux/dvb/osd.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/dvb/osd.h usr/include/linux/dvb/osd.h
