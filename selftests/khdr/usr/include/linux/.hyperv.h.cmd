savedcmd_usr/include/linux/hyperv.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/hyperv.h usr/include/linux/hyperv.h
