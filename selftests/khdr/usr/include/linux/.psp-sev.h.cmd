savedcmd_usr/include/linux/psp-sev.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/psp-sev.h usr/include/linux/psp-sev.h
