savedcmd_usr/include/linux/if_hippi.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/if_hippi.h usr/include/linux/if_hippi.h
