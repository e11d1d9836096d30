savedcmd_usr/include/xen/evtchn.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/xen/evtchn.h usr/include/xen/evtchn.h
