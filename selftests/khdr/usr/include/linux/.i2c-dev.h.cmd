savedcmd_usr/include/linux/i2c-dev.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/i2c-dev.h usr/include/linux/i2c-dev.h
