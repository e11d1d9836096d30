savedcmd_usr/include/linux/adb.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/adb.h usr/include/linux/adb.h
