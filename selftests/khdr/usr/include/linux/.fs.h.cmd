savedcmd_usr/include/linux/fs.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/fs.h usr/include/linux/fs.h
