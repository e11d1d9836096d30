#!/bin/bash
# kselftest.sh: make kselftest, the suite as KernelCI and LKFT run it. The
# series' tree's mm selftests built and installed the kselftest way
# (make -C tools/testing/selftests TARGETS=mm install, out of tree in
# build/TREE/obj/kselftest), booted on the series kernel (the race suite's:
# Kconfig.fragment + Kconfig.mmtests; 2 vCPUs, 2 nodes, zram swap) without
# oops=panic or panic_on_warn, and run by the installed run_kselftest.sh
# -t mm:ksft_rmap_race.sh (run_vmtests.sh -t rmap_race) under the mm
# collection's settings timeout, enforced by coreutils' timeout as on
# those systems. Judged as they judge it: the collection's TAP line for
# the test ("ok N selftests: mm: ksft_rmap_race.sh", no TIMEOUT), each
# nested result, and the console scanned for splats.
# KSFT_TEST (default mm:ksft_rmap_race.sh): the run_kselftest.sh -t test.
# Output: build/TREE/kselftest/ (install/, run/).
. "$(dirname "$0")/lib.sh"

[ "$TREE_SERIES" = yes ] || die "TREE=$TREE takes no series: make kselftest runs the series' tests"
test=${KSFT_TEST:-mm:ksft_rmap_race.sh}
out=$TB/kselftest
frag=$TOP/Kconfig.mmtests
start=$(now)
"$TOP/scripts/deps.sh" kmod procps psmisc liburing-dev libcap-dev bash-static rsync
"$TOP/scripts/tree.sh"
t=$(tree_dir)
"$TOP/scripts/apply.sh" series
dir=$KERNELS/series
st=$(kernel_stamp series "$frag")
if [ -f "$dir/bzImage" ] && [ "$(cat "$dir/stamp" 2>/dev/null)" = "$st" ]; then
	say "series kernel is up to date"
else
	"$TOP/scripts/config.sh"
	"$TOP/scripts/build-kernel.sh" series
	echo "$st" >"$dir/stamp"
fi

mkdir -p "$out"
sd=$t/tools/testing/selftests
say "building and installing the mm selftests (log: $out/build.log)"
rm -rf "$out/install"
{
	make -C "$t" O="$OBJ" ARCH=x86_64 headers &&
		make -C "$sd" O="$OBJ" KDIR="$OBJ" TARGETS=mm \
			KSFT_INSTALL_PATH="$out/install" -j"$JOBS" install
} >"$out/build.log" 2>&1
rc=$?
# Leave the quilt tree as it was: check_config.sh and the page_frag
# module build write into the source directory.
make -C "$OBJ" M="$sd/mm/page_frag" clean >/dev/null 2>&1
rm -f "$sd"/mm/local_config.h_gen "$sd"/mm/local_config.mk
[ $rc = 0 ] || { tail -n 20 "$out/build.log" >&2; die "the mm selftests do not build or install (log above)"; }
grep -qxF "$test" "$out/install/kselftest-list.txt" ||
	die "$test is not in the installed kselftest-list.txt"

img=$out/initramfs.cpio.gz
"$TOP/scripts/mm-initramfs.sh" "$out/install" /kselftest "$dir/modules" "$img"
# The watchdog: the collection's timeout, plus boot and shutdown.
tmo=$(sed -n 's/^timeout=//p' "$out/install/${test%%:*}/settings" 2>/dev/null)
wd=$((${tmo:-45} + 300))
run=$out/run
say "booting the series kernel: run_kselftest.sh -t $test (timeout ${tmo:-45} s, watchdog ${wd}s) -> $run"
PANIC_ARGS='' SPLAT_GRACE_S=60 "$TOP/scripts/boot.sh" "$dir/bzImage" "$img" "$run" "$wd" \
	race.tests=none race.swap_mb=1536 race.kselftest="$test" || true

tap=$run/tap.log
name="selftests: ${test%%:*}: ${test#*:}"
echo "---- $test, as run_kselftest.sh reports it ($(cat "$run/accel" 2>/dev/null || echo '?'))"
tr -d '\r' <"$tap" | { grep -aE '^(# )*(not )?ok [0-9]+ |^# # Totals|TIMEOUT|^# (# )?SKIP' || true; } | sed 's/^/  /'
line=$(tr -d '\r' <"$tap" | { grep -aE "^(not )?ok [0-9]+ $name( |\$)" || true; } | tail -n 1)
bad=0
case $line in
"") warn "no result line for '$name' (the run did not end?)"; bad=1 ;;
*TIMEOUT*) warn "$line"; bad=1 ;;
"not ok"*) warn "$line"; bad=1 ;;
*"# SKIP"*) warn "skipped: $line"; bad=1 ;;
*) say "$line" ;;
esac
if ! "$TOP/scripts/scan-log.sh" "$run/console.log" >"$run/splats" 2>&1; then
	warn "the kernel splatted: $(head -n 3 "$run/splats")"
	bad=1
fi
secs=$(tr -d '\r' <"$run/console.log" | sed -n 's/^\[ *\([0-9.]*\)\] # race-suite: \(start\|end\) kselftest$/\1/p' |
	awk 'NR == 1 { s = $1 } NR == 2 { printf "%.0f", $1 - s }')
say "guest: $(cat "$run/result"), run_kselftest.sh took ${secs:-?} s of ${tmo:-45} s; $(($(now) - start)) s in all"
[ $bad = 0 ] || die "make kselftest: $test did not pass as KernelCI/LKFT would judge it"
