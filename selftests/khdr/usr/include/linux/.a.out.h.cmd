savedcmd_usr/include/linux/a.out.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/a.out.h usr/include/linux/a.out.h
