savedcmd_usr/include/linux/pg.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pg.h usr/include/linux/pg.h
