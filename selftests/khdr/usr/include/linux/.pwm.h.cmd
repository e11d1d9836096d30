savedcmd_usr/include/linux/pwm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pwm.h usr/include/linux/pwm.h
