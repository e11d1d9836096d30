savedcmd_usr/include/linux/acct.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/acct.h usr/include/linux/acct.h
