savedcmd_usr/include/linux/landlock.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/landlock.h usr/include/linux/landlock.h
