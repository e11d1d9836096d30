savedcmd_usr/include/linux/inotify.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/inotify.h usr/include/linux/inotify.h
