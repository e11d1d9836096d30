savedcmd_usr/include/linux/psample.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/psample.h usr/include/linux/psample.h
