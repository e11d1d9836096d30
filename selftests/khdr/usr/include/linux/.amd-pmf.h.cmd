savedcmd_usr/include/linux/amd-pmf.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/amd-pmf.h usr/include/linux/amd-pmf.h
