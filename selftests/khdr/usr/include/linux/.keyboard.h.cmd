savedcmd_usr/include/linux/keyboard.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/keyboard.h usr/include/linux/keyboard.h
