savedcmd_usr/include/linux/kvm_para.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/kvm_para.h usr/include/linux/kvm_para.h
