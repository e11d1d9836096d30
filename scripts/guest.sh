#!/bin/bash
# guest.sh VARIANT OUTDIR "TESTS": boot build/kernels/VARIANT with the
# race suite's initramfs, run TESTS, give the verdict.
# RACE_SECONDS (per test), SWAP_MB, RACE_PARALLEL and any RACE_* variable
# are passed to the guest on the command line; LOCKDEP_DEPS below.
# TEST_ARGS="-v thp": arguments of every test program (race.args).
. "$(dirname "$0")/lib.sh"

variant=${1:?usage: guest.sh VARIANT OUTDIR TESTS}
outdir=${2:?} tests=${3:?}
bz=$KERNELS/$(vname "$variant")/bzImage
initrd=$INITRD
secs=${RACE_SECONDS:-30}
n=$(echo "$tests" | wc -w)
args=(race.tests="$(echo "$tests" | tr ' ' ,)" race.seconds="$secs"
	race.swap_mb="${SWAP_MB:-1536}" race.parallel="${RACE_PARALLEL:-0}")
# LOCKDEP_DEPS=REGEX: the locks lockdep saw taken under the classes
# matching REGEX, printed after the tests (guest-init.sh race.lockdep).
[ -n "${LOCKDEP_DEPS:-}" ] && args+=(race.lockdep="$LOCKDEP_DEPS")
[ -n "${TEST_ARGS:-}" ] && args+=(race.args="$(echo "$TEST_ARGS" | tr ' ' ,)")
while IFS='=' read -r k v; do
	case $k in RACE_SECONDS | RACE_PARALLEL) ;; RACE_*) args+=("$k=$v") ;; esac
done < <(env)
# Watchdog: boot, plus each test's own bound (swap runs at least 2 rounds).
wd=$((120 + (secs * 3 + 90) * n))
say "booting $bz ($n tests, ${secs}s each, watchdog ${wd}s) -> $outdir"
"$TOP/scripts/boot.sh" "$bz" "$initrd" "$outdir" "$wd" "${args[@]}"
"$TOP/scripts/verdict.sh" "$outdir" "$tests"
