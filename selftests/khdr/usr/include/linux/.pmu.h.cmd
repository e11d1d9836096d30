savedcmd_usr/include/linux/pmu.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/pmu.h usr/include/linux/pmu.h
