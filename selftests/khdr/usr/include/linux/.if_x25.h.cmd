savedcmd_usr/include/linux/if_x25.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/if_x25.h usr/include/linux/if_x25.h
