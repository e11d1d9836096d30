savedcmd_usr/include/linux/kvm.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/kvm.h usr/include/linux/kvm.h
