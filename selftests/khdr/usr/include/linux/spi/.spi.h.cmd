savedcmd_usr/include/linux/spi/spi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/spi/spi.h usr/include/linux/spi/spi.h
