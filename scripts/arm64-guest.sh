#!/bin/bash
# arm64-guest.sh [VARIANT] [TESTS]: the race suite in a 64 KiB-page arm64
# guest (qemu-system-aarch64, virt, TCG, 2 CPUs on two NUMA nodes), not
# part of make test. Cross-builds the tree at VARIANT (scripts/apply.sh;
# default series) for arm64 from tinyconfig, Kconfig.fragment's
# architecture-independent options and Kconfig.arm64, in
# build/TREE/arm64-obj; the suite static for arm64 with Debian's
# busybox-static:arm64 and scripts/guest-init.sh (its second serial port
# to /dev/null) as the initramfs; runs TESTS (default all five) for
# RACE_SECONDS (default 10) each. Console in build/TREE/runs/arm64-VARIANT/.
# Exit 0 when every test said ok (or SKIP) and the console has no splat.
. "$(dirname "$0")/lib.sh"

variant=${1:-series}
tests=${2:-fork_race,munmap_race,exec_race,shmem_mpol_race,swap_race}
secs=${RACE_SECONDS:-10}
arch=arm64 triplet=aarch64-linux-gnu
dpkg --print-foreign-architectures | grep -qx "$arch" ||
	{ [ "$(id -u)" -eq 0 ] || die "run as root, or: sudo dpkg --add-architecture $arch"
	  dpkg --add-architecture "$arch"; }
"$TOP/scripts/deps.sh" "gcc-$triplet" "libnuma-dev:$arch" qemu-system-arm
"$TOP/scripts/tree.sh" >/dev/null
"$TOP/scripts/apply.sh" "$variant"
t=$(tree_dir)
obj=$TB/arm64-obj out=$RUNS/arm64-$(vname "$variant") work=$TB/arm64
mkdir -p "$obj" "$out" "$work" "$LOGS"
log=$LOGS/arm64-build.log

# Config: the fragment without its x86 lines, then Kconfig.arm64.
grep -vE 'SERIAL_8250|X86|ACPI|PCI' "$TOP/Kconfig.fragment" >"$work/generic.fragment"
say "configuring $obj (tinyconfig + generic fragment + Kconfig.arm64)"
{
	make -C "$t" O="$obj" ARCH=arm64 CROSS_COMPILE="$triplet-" tinyconfig &&
		"$t/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" \
			"$work/generic.fragment" "$TOP/Kconfig.arm64" &&
		make -C "$t" O="$obj" ARCH=arm64 CROSS_COMPILE="$triplet-" olddefconfig
} >"$log" 2>&1 || die "arm64 configuration failed, see $log"
while read -r opt; do
	grep -qx "$opt" "$obj/.config" || die "arm64 config: $opt did not survive olddefconfig"
done < <(grep -hE '^CONFIG_[A-Z0-9_]+=' "$work/generic.fragment" "$TOP/Kconfig.arm64")
say "building the arm64 $variant kernel (log: $log)"
make -C "$t" O="$obj" ARCH=arm64 CROSS_COMPILE="$triplet-" -j"$JOBS" Image >>"$log" 2>&1 ||
	die "arm64 kernel build failed, see $log"

say "building the race suite for arm64"
make -s -C "$TOP/selftests" KSFT_DIR="$t/tools/testing/selftests" OUTPUT="$work/suite" \
	STATIC=1 CC="$triplet-gcc" >"$LOGS/arm64-suite.log" 2>&1 ||
	die "the race suite does not build for arm64, see $LOGS/arm64-suite.log"
if [ ! -x "$work/bb/bin/busybox" ]; then
	(cd "$work" && apt-get download busybox-static:arm64 >/dev/null 2>&1) ||
		die "cannot download busybox-static:arm64"
	dpkg-deb -x "$work"/busybox-static_*_arm64.deb "$work/bb"
fi
sed 's#/dev/ttyS1#/dev/null#g' "$TOP/scripts/guest-init.sh" >"$work/init.sh"
gen=$TB/gen_init_cpio
[ -x "$gen" ] || gcc -O2 -o "$gen" "$t/usr/gen_init_cpio.c" || die "cannot build usr/gen_init_cpio"
{
	for d in /bin /dev /proc /sys /tmp /tests /bench /root; do echo "dir $d 0755 0 0"; done
	echo "nod /dev/console 0600 0 0 c 5 1"
	echo "file /bin/busybox $work/bb/bin/busybox 0755 0 0"
	echo "slink /bin/sh busybox 0777 0 0"
	echo "file /init $work/init.sh 0755 0 0"
	for p in $(make -s -C "$TOP/selftests" list-progs); do
		echo "file /tests/$p $work/suite/$p 0755 0 0"
	done
} >"$work/initramfs.list"
"$gen" "$work/initramfs.list" | gzip -1 >"$work/initramfs.cpio.gz" || die "gen_init_cpio failed"

n=$(echo "$tests" | tr , ' ' | wc -w)
wd=$((300 + (secs * 3 + 120) * n))
say "booting the arm64 guest ($tests, ${secs}s each, watchdog ${wd}s) -> $out"
timeout "$wd" qemu-system-aarch64 -M virt,gic-version=3 -cpu max -accel tcg,thread=multi \
	-m 4096 -smp 2,sockets=2,cores=1,threads=1 \
	-object memory-backend-ram,id=m0,size=2048M -object memory-backend-ram,id=m1,size=2048M \
	-numa node,nodeid=0,cpus=0,memdev=m0 -numa node,nodeid=1,cpus=1,memdev=m1 \
	-kernel "$obj/arch/arm64/boot/Image" -initrd "$work/initramfs.cpio.gz" \
	-append "console=ttyAMA0 panic=-1 loglevel=7 race.tests=$tests race.seconds=$secs race.swap_mb=1536" \
	-nographic -no-reboot >"$out/console.log" 2>&1 || warn "qemu: exit $? (watchdog ${wd}s?)"
con=$out/console.log
grep -aE '^(ok|not ok) ' "$con" | sed 's/^/  /'
fail=0
grep -aq 'race-suite: done' "$con" || { warn "the suite did not finish"; fail=1; }
grep -aqE '^not ok ' "$con" && fail=1
if ! splats=$("$TOP/scripts/scan-log.sh" "$con"); then
	warn "kernel splat on the console:"
	printf '%s\n' "$splats" | head -n 3
	fail=1
fi
[ "$fail" = 0 ] && echo "VERDICT: PASS (arm64, 64 KiB pages, $variant)" && exit 0
echo "VERDICT: FAIL (console: $con)"
exit 1
