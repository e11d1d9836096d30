savedcmd_scripts/unifdef := gcc -Wp,-MMD,scripts/.unifdef.d -Wall -Wmissing-prototypes -Wstrict-prototypes -O2 -fomit-frame-pointer -std=gnu11   -I /work/main/build/linux-source-7.3/scripts/include   -I scripts   -o scripts/unifdef /work/main/build/linux-source-7.3/scripts/unifdef.c   

source_scripts/unifdef := /work/main/build/linux-source-7.3/scripts/unifdef.c

deps_scripts/unifdef := \

scripts/unifdef: $(deps_scripts/unifdef)

$(deps_scripts/unifdef):
