savedcmd_usr/include/linux/uinput.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/uinput.h usr/include/linux/uinput.h
