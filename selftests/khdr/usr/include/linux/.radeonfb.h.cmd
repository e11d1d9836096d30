savedcmd_usr/include/linux/radeonfb.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/radeonfb.h usr/include/linux/radeonfb.h
