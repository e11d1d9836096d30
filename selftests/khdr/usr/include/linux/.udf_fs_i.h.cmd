savedcmd_usr/include/linux/udf_fs_i.h := sh /work/main/build/linux-source-7.3/scripts/headers_install.sh /work/main/build/linux-source-7.3/include/uapi/linux/udf_fs_i.h usr/include/linux/udf_fs_i.h
