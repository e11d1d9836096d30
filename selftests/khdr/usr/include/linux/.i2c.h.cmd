savedcmd_usr/include/linux/i2c.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/i2c.h usr/include/linux/i2c.h
