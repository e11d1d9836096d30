savedcmd_usr/include/linux/hpet.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/hpet.h usr/include/linux/hpet.h
