savedcmd_usr/include/scsi/fc/fc_ns.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/scsi/fc/fc_ns.h usr/include/scsi/fc/fc_ns.h
