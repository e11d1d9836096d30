savedcmd_usr/include/sound/tlv.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/sound/tlv.h usr/include/sound/tlv.h
