savedcmd_usr/include/linux/fanotify.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fanotify.h usr/include/linux/fanotify.h
