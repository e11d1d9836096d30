savedcmd_usr/include/linux/sched.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/sched.h usr/include/linux/sched.h
