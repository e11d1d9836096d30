savedcmd_usr/include/linux/dpll.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/dpll.h usr/include/linux/dpll.h
