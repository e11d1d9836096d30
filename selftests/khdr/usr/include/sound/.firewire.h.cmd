savedcmd_usr/include/sound/firewire.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/sound/firewire.h usr/include/sound/firewire.h
