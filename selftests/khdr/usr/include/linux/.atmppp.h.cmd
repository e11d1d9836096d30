savedcmd_usr/include/linux/atmppp.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/atmppp.h usr/include/linux/atmppp.h
