#!/bin/bash
# boot.sh BZIMAGE INITRD OUTDIR TIMEOUT [KERNEL ARGS...]: boot under QEMU,
# vCPUs on two sockets, 2 NUMA nodes (one socket each: with both vCPUs
# in one package the kernel WARNs in topology_sane()). ttyS0 (console)
# goes to OUTDIR/console.log, ttyS1 (TAP) to OUTDIR/tap.log.
# KVM is tried when /dev/kvm works (it must reach /init within 30 s, else
# TCG is used and remembered in build/accel); the host watchdog stops the
# guest after TIMEOUT s, and SPLAT_GRACE_S s after a splat that did not
# stop it. ACCEL=icount (make bench): TCG on one host thread with
# -icount shift=0,sleep=off, so the guest clock counts instructions. OUTDIR/result: exited | hung | stopped-after-splat.
# GUEST_CPUS (default 2, even): vCPUs, half on each node's socket.
# GUEST_MEM_MB (default 1024): memory, half on each node.
# GUEST_NODES=1: one NUMA node, one socket, instead (the race tests must
# then SKIP, saying why).
# PANIC_ARGS (default "oops=panic panic_on_warn=1"): how the guest ends on
# a splat; make mmtests keeps oops=panic only, so one WARN does not end
# the run of every later test.
. "$(dirname "$0")/lib.sh"

bz=${1:?usage: boot.sh BZIMAGE INITRD OUTDIR TIMEOUT [ARGS]}
initrd=${2:?} outdir=${3:?} timeout=${4:?}
shift 4
mem=${GUEST_MEM_MB:-1024}
cpus=${GUEST_CPUS:-2}
if ! [[ $cpus =~ ^[1-9][0-9]*$ ]] || [ $((cpus % 2)) != 0 ]; then
	die "GUEST_CPUS must be an even number (one socket per NUMA node), not '$cpus'"
fi
nodes=${GUEST_NODES:-2}
[ "$nodes" = 1 ] || [ "$nodes" = 2 ] || die "GUEST_NODES must be 1 or 2, not '$nodes'"
grace=${SPLAT_GRACE_S:-10}
[ -f "$bz" ] || die "no kernel $bz"
[ -f "$initrd" ] || die "no initramfs $initrd"
command -v qemu-system-x86_64 >/dev/null || die "qemu-system-x86_64 missing (apt-get install qemu-system-x86)"
mkdir -p "$outdir"
rm -f "$outdir"/{console.log,tap.log,result,accel}

accel=${ACCEL:-}
if [ -z "$accel" ]; then
	if [ -f "$BUILD/accel" ]; then
		accel=$(cat "$BUILD/accel")
	elif [ -r /dev/kvm ] && [ -w /dev/kvm ]; then
		accel=kvm-probe
	else
		accel=tcg
	fi
fi

cmdline="console=ttyS0 ${PANIC_ARGS-oops=panic panic_on_warn=1} panic=-1 loglevel=7 $*"
# KASAN kernels boot with 4-level paging: with -cpu max the guest has LA57,
# and an interrupt that lands while identify_cpu() has cleared the boot
# CPU's capabilities (before alternatives are patched, pgtable_l5_enabled()
# reads them) makes KASAN take a direct-map address for a wild one: "BUG:
# KASAN: wild-memory-access in do_raw_spin_lock" from handle_edge_irq(),
# 1 boot in 20 here, before any test. Known upstream: "[PATCH v1] kasan:
# Fix false-positive wild-memory-access on x86 under 5-level paging"
# (Ihor Solodrai, linux-kernel, 2026-06-10), not in v7.3-rc7.
if grep -q '^CONFIG_KASAN=y' "$(dirname "$bz")/config" 2>/dev/null; then
	cmdline+=" no5lvl"
fi
half=$((mem / 2)) hc=$((cpus / 2))
# QEMU cpu lists per node: "0" and "1" for 2 vCPUs, "0-1" and "2-3" for 4.
n0=0 n1=$hc
[ "$hc" -gt 1 ] && n0="0-$((hc - 1))" n1="$hc-$((cpus - 1))"

start_qemu() { # $1: kvm|tcg
	local a
	case $1 in
	kvm) a="-accel kvm -cpu host" ;;
	icount) a="-accel tcg,thread=single -icount shift=0,sleep=off -cpu max" ;;
	*) a="-accel tcg,thread=multi -cpu max" ;;
	esac
	local topo=(-smp "$cpus,sockets=2,cores=$hc,threads=1"
		-object "memory-backend-ram,id=m0,size=${half}M"
		-object "memory-backend-ram,id=m1,size=$((mem - half))M"
		-numa "node,nodeid=0,cpus=$n0,memdev=m0"
		-numa "node,nodeid=1,cpus=$n1,memdev=m1")
	[ "$nodes" = 1 ] && topo=(-smp "$cpus,sockets=1,cores=$cpus,threads=1")
	# shellcheck disable=SC2086  # $a is a list of options
	qemu-system-x86_64 $a -m "$mem" "${topo[@]}" \
		-kernel "$bz" -initrd "$initrd" -append "$cmdline" \
		-display none -monitor none -no-reboot \
		-serial file:"$outdir/console.log" -serial file:"$outdir/tap.log" \
		>"$outdir/qemu.log" 2>&1 &
	qpid=$!
}

qpid=
stop_qemu() { [ -n "$qpid" ] && kill "$qpid" 2>/dev/null && wait "$qpid" 2>/dev/null; qpid=; return 0; }
trap stop_qemu EXIT INT TERM

if [ "$accel" = kvm-probe ]; then
	start_qemu kvm
	for _ in $(seq 30); do
		sleep 1
		grep -q 'race-suite:' "$outdir/console.log" 2>/dev/null && break
		kill -0 "$qpid" 2>/dev/null || break
	done
	if grep -q 'race-suite:' "$outdir/console.log" 2>/dev/null; then
		accel=kvm
	else
		warn "KVM did not reach /init in 30 s (nested KVM?); using TCG from now on"
		stop_qemu
		echo tcg >"$BUILD/accel"
		accel=tcg
	fi
fi
[ -n "$qpid" ] || start_qemu "$accel"
echo "$accel" >"$outdir/accel"

result=exited
start=$(now) splat_at='' shown=''
while kill -0 "$qpid" 2>/dev/null; do
	sleep 2
	el=$(($(now) - start))
	if [ "$el" -ge "$timeout" ]; then
		result=hung
		warn "guest still running after ${timeout} s: stopped by the watchdog"
		break
	fi
	if [ -z "$splat_at" ] && ! "$TOP/scripts/scan-log.sh" "$outdir/console.log" >/dev/null; then
		splat_at=$el
	fi
	if [ -n "$splat_at" ] && [ $((el - splat_at)) -ge "$grace" ]; then
		result=stopped-after-splat
		break
	fi
	# Progress: the test that started last, once a minute.
	if [ $((el / 60)) -gt 0 ] && [ "$((el / 60))" != "$shown" ]; then
		shown=$((el / 60))
		# (|| true: before the first marker, grep finds nothing, and
		# pipefail with set -e would end this script and the guest.)
		cur=$({ grep -a 'race-suite: start' "$outdir/tap.log" 2>/dev/null || true; } | tail -n 1 | sed 's/.*start //')
		echo "    ... guest running ${el}s${cur:+: $cur}"
	fi
done
stop_qemu
echo "$result" >"$outdir/result"
