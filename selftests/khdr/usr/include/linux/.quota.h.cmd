savedcmd_usr/include/linux/quota.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/quota.h usr/include/linux/quota.h
