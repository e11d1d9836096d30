savedcmd_usr/include/linux/gsmmux.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/gsmmux.h usr/include/linux/gsmmux.h
