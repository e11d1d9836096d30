savedcmd_scripts/basic/fixdep := gcc -Wp,-MMD,scripts/basic/.fixdep.d -Wall -Wmissing-prototypes -Wstrict-prototypes -O2 -fomit-frame-pointer -std=gnu11   -I /work/main/build/linux-source-7.3/scripts/include   -I scripts/basic   -o scripts/basic/fixdep /work/main/build/linux-source-7.3/scripts/basic/fixdep.c   

source_scripts/basic/fixdep := /work/main/build/linux-source-7.3/scripts/basic/fixdep.c

deps_scripts/basic/fixdep := \
    $(wildcard include/config/USER_DRIVER) \
    $(wildcard include/config/MY_OPTION) \
    $(wildcard include/config/FOO) \
  /work/main/build/linux-source-7.3/scripts/include/xalloc.h \

scripts/basic/fixdep: $(deps_scripts/basic/fixdep)

$(deps_scripts/basic/fixdep):
