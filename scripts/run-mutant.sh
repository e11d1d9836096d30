#!/bin/bash
# run-mutant.sh NAME [RUNS]: build the series plus mutants/NAME.patch
# (the bare base plus the mutant if its header says "Applies-on: base", or
# MUTANT_ON=base asks for it) and run the test named
# by the mutant's Guarded-by: line RUNS times (default 1), each run for up
# to the mutant's Time-bound: seconds. A run detects the mutant when the
# console shows a splat after the test started, or the test fails.
# Prints the time to detect per run; results in build/mutants/NAME.tsv.
# Exit 0 if every run detected it, 1 if not.
. "$(dirname "$0")/lib.sh"

name=${1:?usage: run-mutant.sh NAME [RUNS]}
runs=${2:-1}
[ -f "$TOP/mutants/$name.patch" ] || die "no mutant $name (mutants/$name.patch)"
test=$(mutant_field "$name" Guarded-by)
bound=$(mutant_field "$name" Time-bound)
[ -n "$test" ] || die "mutants/$name.patch has no Guarded-by: line"
[[ $bound =~ ^[0-9]+$ ]] || die "mutants/$name.patch has no numeric Time-bound: line"
make -s -C "$TOP/selftests" list-tests | tr ' ' '\n' | grep -qx "$test" ||
	die "mutants/$name.patch names test '$test', which the suite does not have"

variant=mutant:$name
on=${MUTANT_ON:-$(mutant_field "$name" Applies-on)}
case ${on:-series} in
series) ;;
base) variant=base+mutant:$name ;;
*) die "mutants/$name.patch: Applies-on: must be base or series, not '$on'" ;;
esac
"$TOP/scripts/tree.sh" >/dev/null
"$TOP/scripts/apply.sh" "$variant"
"$TOP/scripts/config.sh"
"$TOP/scripts/build-kernel.sh" "$variant"
"$TOP/scripts/initramfs.sh" "$BUILD/initramfs.cpio.gz"

# Kernel timestamp ([ 12.345678]) of the first line matching $2 in $1.
stamp() { grep -aE "^\[ *[0-9.]+\].*$2" "$1" | head -n 1 | sed -n 's/^\[ *\([0-9.]*\)\].*/\1/p'; }

mkdir -p "$BUILD/mutants"
tsv=$BUILD/mutants/${variant//[:+]/_}.tsv
: >"$tsv"
caught=0
for i in $(seq "$runs"); do
	out=$RUNS/${variant//[:+]/_}.$i
	RACE_SECONDS=$bound "$TOP/scripts/guest.sh" "$variant" "$out" "$test" >"$out.verdict" 2>&1 || true
	con=$out/console.log
	startline=$(grep -an "race-suite: start $test" "$con" | head -n 1 | cut -d: -f1)
	if [ -z "$startline" ]; then
		cat "$out.verdict" >&2
		die "$name run $i: the test never started (console: $con)"
	fi
	if ! head -n "$((startline - 1))" "$con" | "$TOP/scripts/scan-log.sh" - >/dev/null; then
		die "$name run $i: a splat before the test started; the kernel is broken, not detected (console: $con)"
	fi
	t0=$(stamp "$con" "race-suite: start $test")
	splat=$(SCAN_FROM=$startline "$TOP/scripts/scan-log.sh" "$con" | head -n 1 || true)
	if [ -n "$splat" ]; then
		t1=$(printf '%s\n' "$splat" | stamp - .)
		how=$(printf '%s' "$splat" | sed 's/^\[[^]]*\] *//' | cut -c1-90)
	elif grep -aq "race-suite: end $test [1-9]" "$out/tap.log"; then
		t1=$(stamp "$con" "race-suite: end $test")
		how="test failed: $(grep -a 'Expected\|not ok' "$out/tap.log" | head -n 1 | sed 's/^ *# *//' | cut -c1-80)"
	else
		t1=
	fi
	if [ -n "$t1" ]; then
		dt=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
		echo "  $name run $i: detected after ${dt}s: $how"
		printf '%s\t1\t%s\t%s\n' "$i" "$dt" "$how" >>"$tsv"
		caught=$((caught + 1))
	else
		echo "  $name run $i: NOT detected in ${bound}s (console: $con)"
		printf '%s\t0\t%s\t-\n' "$i" "$bound" >>"$tsv"
	fi
done
[ "$caught" -eq "$runs" ]
