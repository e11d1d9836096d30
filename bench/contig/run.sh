#!/bin/bash
# run.sh KERNEL OUTDIR [NSTORM ARGV_KB ATTEMPTS MAXSECS SETTLE_S FILL GAP_MS]
# Builds the guest programs and OUT_BASE/initramfs.cpio.gz once, boots KERNEL (a bzImage) under
# QEMU TCG (2 vCPUs, 2 sockets, 2 NUMA nodes: node0 1024M, node1 N1MB (default 2092M),
# ZONEARG (default kernelcore=2044M: node 1 ZONE_MOVABLE = [2G, ~3.04G))), runs /contig, powers off.  Host timeout: HOST_TIMEOUT
# (default MAXSECS+300 s), then qemu is killed.
set -u
# Sources here; the programs and the initramfs in build/contig (CONTIG_BUILD).
SRC=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$SRC/../.." && pwd)
D=${CONTIG_BUILD:-$TOP/build/contig}
mkdir -p "$D"
[ -x "$D/contig" ] || gcc -O2 -Wall -static -o "$D/contig" "$SRC/contig.c" || exit 1
[ -x "$D/tiny" ] || gcc -O2 -static -nostdlib -o "$D/tiny" "$SRC/tiny.c" || exit 1
GEN_INIT_CPIO=${GEN_INIT_CPIO:-$TOP/build/7.3/gen_init_cpio}
bz=${1:?usage: run.sh KERNEL OUTDIR [NSTORM ARGV_KB ATTEMPTS MAXSECS SETTLE_S]}
out=${2:?}
nstorm=${3:-2} argkb=${4:-1024} att=${5:-40} maxs=${6:-600} settle=${7:-5} fill=${8:-0} gap=${9:-0}
tmo=${HOST_TIMEOUT:-$((maxs + 300))}
N1MB=${N1MB:-2092} ZONEARG=${ZONEARG:-kernelcore=2044M}
mkdir -p "$out"
if [ ! -f $D/initramfs3.cpio.gz ]; then
	cat >$D/initramfs.list <<EOL
dir /bin 0755 0 0
dir /dev 0755 0 0
dir /proc 0755 0 0
dir /sys 0755 0 0
dir /tmp 0755 0 0
nod /dev/console 0600 0 0 c 5 1
file /bin/busybox /bin/busybox 0755 0 0
slink /bin/sh busybox 0777 0 0
file /init $SRC/init.sh 0755 0 0
file /contig $D/contig 0755 0 0
file /tiny $D/tiny 0755 0 0
EOL
	"$GEN_INIT_CPIO" $D/initramfs.list | gzip -1 >$D/initramfs3.cpio.gz || exit 1
fi
cmdline="console=ttyS0 loglevel=6 panic=-1 ${ZONEARG} numa_balancing=disable ${EXTRA_CMDLINE:-} cargs=$nstorm,$argkb,$att,$maxs,$settle,$fill,$gap"
echo "$(date -u +%FT%TZ) run.sh $bz $out storm=$nstorm argv_kb=$argkb attempts=$att maxs=$maxs settle=$settle fill=$fill gap_ms=$gap timeout=$tmo" | tee "$out/cmd"
echo "cmdline: $cmdline" >>"$out/cmd"
start=$(date +%s)
timeout -s KILL "$tmo" nice -n 15 qemu-system-x86_64 -accel tcg,thread=multi -cpu max \
	-m $((1024 + N1MB))M -smp 2,sockets=2,cores=1,threads=1 \
	-object memory-backend-ram,id=m0,size=1024M \
	-object memory-backend-ram,id=m1,size=${N1MB}M \
	-numa node,nodeid=0,cpus=0,memdev=m0 \
	-numa node,nodeid=1,cpus=1,memdev=m1 \
	-kernel "$bz" -initrd $D/initramfs3.cpio.gz -append "$cmdline" \
	-display none -monitor none -no-reboot \
	-serial file:"$out/console.log" >"$out/qemu.log" 2>&1
rc=$?
echo "qemu rc=$rc wall=$(( $(date +%s) - start ))s" | tee -a "$out/cmd"
grep -a SUMMARY "$out/console.log" || echo "NO SUMMARY"
