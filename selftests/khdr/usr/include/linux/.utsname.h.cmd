savedcmd_usr/include/linux/utsname.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/utsname.h usr/include/linux/utsname.h
