savedcmd_usr/include/linux/nl80211.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/nl80211.h usr/include/linux/nl80211.h
