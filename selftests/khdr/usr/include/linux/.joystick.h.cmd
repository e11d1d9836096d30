savedcmd_usr/include/linux/joystick.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/joystick.h usr/include/linux/joystick.h
