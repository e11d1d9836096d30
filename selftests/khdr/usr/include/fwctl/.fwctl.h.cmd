savedcmd_usr/include/fwctl/fwctl.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/fwctl/fwctl.h usr/include/fwctl/fwctl.h
