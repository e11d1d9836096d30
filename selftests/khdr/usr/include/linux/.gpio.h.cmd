savedcmd_usr/include/linux/gpio.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/gpio.h usr/include/linux/gpio.h
