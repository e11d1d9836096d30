savedcmd_usr/include/misc/amd-apml.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/misc/amd-apml.h usr/include/misc/amd-apml.h
