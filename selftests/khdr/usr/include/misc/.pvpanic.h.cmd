savedcmd_usr/include/misc/pvpanic.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/misc/pvpanic.h usr/include/misc/pvpanic.h
