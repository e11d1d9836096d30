savedcmd_usr/include/linux/if_team.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/if_team.h usr/include/linux/if_team.h
