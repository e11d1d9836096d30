savedcmd_usr/include/linux/vbox_err.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/vbox_err.h usr/include/linux/vbox_err.h
