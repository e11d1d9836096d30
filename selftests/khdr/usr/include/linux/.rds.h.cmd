savedcmd_usr/include/linux/rds.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/rds.h usr/include/linux/rds.h
