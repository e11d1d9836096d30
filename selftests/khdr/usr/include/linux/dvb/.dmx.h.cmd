savedcmd_usr/include/linux/dvb/dmx.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/dvb/dmx.h usr/include/linux/dvb/dmx.h
