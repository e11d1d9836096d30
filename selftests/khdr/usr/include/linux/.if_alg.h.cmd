savedcmd_usr/include/linux/if_alg.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/if_alg.h usr/include/linux/if_alg.h
