#!/bin/bash
# run-mutant.sh NAME [RUNS]: build mutants/NAME.patch on top of the series,
# or on the bare base, as its header's "Applies-on:" line says (default
# series; a list means the first, MUTANT_ON=base|series chooses) and run
# the test named by its Guarded-by: line RUNS times (default 1), each run
# for up to the mutant's Time-bound: seconds. A run detects the mutant when
# the console shows a splat (after the test started, or at boot: the
# series' own checks may fire at the first fork), or the test fails.
# Prints the time to detect per run (from the test's start); results in
# build/TREE/mutants/VARIANT.tsv. Exit 0 if every run detected it, 1 if not.
# MUTANT_PANIC=0: boot without oops=panic and panic_on_warn, as kselftest
# users run: a run counts as caught by the test when the test itself
# fails ("not ok", e.g. on the taint its WARN left), else by the console
# only (a splat, the guest wedged or the test passed); results in
# VARIANT.nopanic.tsv, with a fifth column: test | test-noexit (it said
# "not ok" but never exited) | console.
. "$(dirname "$0")/lib.sh"

name=${1:-}
if [ -z "$name" ]; then
	echo "usage: make mutant M=NAME [RUNS=n] [TREE=name], NAME one of (TREE=$TREE):" >&2
	for p in "$MUTANTS"/*.patch; do echo "  $(basename "$p" .patch)"; done >&2
	exit 2
fi
runs=${2:-1}
mdir=${MUTANTS#"$TOP"/}
[ -f "$MUTANTS/$name.patch" ] || die "no mutant $name in $mdir/ (TREE=$TREE)"
test=$(mutant_field "$name" Guarded-by)
bound=$(mutant_field "$name" Time-bound)
[ -n "$test" ] || die "$mdir/$name.patch has no Guarded-by: line"
[[ $bound =~ ^[0-9]+$ ]] || die "$mdir/$name.patch has no numeric Time-bound: line"
make -s -C "$TOP/selftests" list-tests | tr ' ' '\n' | grep -qx "$test" ||
	die "$mdir/$name.patch names test '$test', which the suite does not have"

variant=mutant:$name
on=${MUTANT_ON:-$(mutant_field "$name" Applies-on | awk '{ print $1 }')}
case ${on:-series} in
series) ;;
base) variant=base+mutant:$name ;;
*) die "$mdir/$name.patch: Applies-on: must be base or series, not '$on'" ;;
esac
"$TOP/scripts/tree.sh" >/dev/null
"$TOP/scripts/apply.sh" "$variant"
# Config: NAME builds the mutant with Kconfig.NAME on top (in its own
# object directory, so the race kernel is not rebuilt for it).
cfg=$(mutant_field "$name" Config)
frag=()
if [ -n "$cfg" ]; then
	[ -f "$TOP/Kconfig.$cfg" ] || die "$mdir/$name.patch: Config: $cfg, but there is no Kconfig.$cfg"
	export OBJ=$TB/obj-$cfg KERNELS=$TB/kernels-$cfg
	frag=("$TOP/Kconfig.$cfg")
fi
"$TOP/scripts/config.sh" "${frag[@]}"
"$TOP/scripts/build-kernel.sh" "$variant"
"$TOP/scripts/initramfs.sh" "$INITRD"

# Kernel timestamp ([ 12.345678]) of the first line matching $2 in $1.
# The console time of the first line matching $2 in $1: the stamp right
# before it (two writers can share a console line: "# marker[  5.4] # marker").
stamp() {
	grep -aoE "\[ *[0-9]+\.[0-9]+\][^[]*$2" "$1" | head -n 1 |
		sed -n 's/^\[ *\([0-9.]*\)\].*/\1/p' || true
}

panic=${MUTANT_PANIC:-1}
sfx=
if [ "$panic" = 0 ]; then
	# The guest stays up after a WARN: the test has time to fail by
	# itself (its bounded waits: well under a minute); a wedged guest is
	# stopped that long after its splat.
	export PANIC_ARGS="" SPLAT_GRACE_S=60
	sfx=.nopanic
fi
mkdir -p "$TB/mutants" "$RUNS"
tsv=$TB/mutants/${variant//[:+]/_}$sfx.tsv
: >"$tsv"
caught=0
for i in $(seq "$runs"); do
	out=$RUNS/${variant//[:+]/_}$sfx.$i
	RACE_SECONDS=$bound "$TOP/scripts/guest.sh" "$variant" "$out" "$test" >"$out.verdict" 2>&1 || true
	con=$out/console.log
	startline=$(grep -an "race-suite: start $test" "$con" | head -n 1 | cut -d: -f1 || true)
	t0=$(stamp "$con" "race-suite: start $test")
	splat=$(SCAN_FROM=${startline:-1} "$TOP/scripts/scan-log.sh" "$con" | head -n 1 || true)
	t1=
	if [ -z "$startline" ]; then
		splat=$("$TOP/scripts/scan-log.sh" "$con" | head -n 1 || true)
		if [ -z "$splat" ]; then
			cat "$out.verdict" >&2
			die "$name run $i: the test never started and there is no splat (console: $con)"
		fi
		t1=boot
	elif ! head -n "$((startline - 1))" "$con" | "$TOP/scripts/scan-log.sh" - >/dev/null; then
		splat=$(head -n "$((startline - 1))" "$con" | "$TOP/scripts/scan-log.sh" - | head -n 1 || true)
		t1=boot
	fi
	how=$(printf '%s' "$splat" | sed 's/^\[[^]]*\] *//' | cut -c1-90)
	if [ -z "$t1" ] && [ -n "$splat" ]; then
		t1=$(printf '%s\n' "$splat" | stamp - .)
	elif [ -z "$t1" ] && grep -aq "race-suite: end $test [1-9]" "$out/tap.log"; then
		t1=$(stamp "$con" "race-suite: end $test")
		how="test failed: $(grep -m 1 -a 'Expected\|not ok' "$out/tap.log" | sed 's/^ *# *//' | cut -c1-80)"
	fi
	# Who caught it: the test itself ("not ok"; without the panic options
	# that is what counts, at the time the test ended), or the console.
	by=console
	if [ "$t1" != boot ] && [ -n "$startline" ] && grep -aq "race-suite: end $test [1-9]" "$out/tap.log" &&
		{ [ "$panic" = 0 ] || [ -z "$splat" ]; }; then
		by="test"
		t1=$(stamp "$con" "race-suite: end $test")
		how="not ok: $(grep -m 1 -a 'tainted\|Expected\|not ok' "$out/tap.log" | sed 's/^ *# *//' | cut -c1-80)"
	elif [ "$panic" = 0 ] && [ -n "$startline" ] && [ -n "$splat" ] && grep -aq '^not ok ' "$out/tap.log"; then
		# The test said "not ok" but never exited (stuck on what the
		# kernel left): caught by the test, at an unknown time after
		# the splat's (the time given).
		by="test-noexit"
	fi
	if [ "$t1" = boot ]; then
		echo "  $name run $i: detected at boot, before the test started: $how"
		printf '%s\t1\t0\t%s\t%s\n' "$i" "at boot: $how" "$by" >>"$tsv"
		caught=$((caught + 1))
	elif [ -n "$t1" ]; then
		dt=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
		echo "  $name run $i: detected after ${dt}s ($by): $how"
		printf '%s\t1\t%s\t%s\t%s\n' "$i" "$dt" "$how" "$by" >>"$tsv"
		caught=$((caught + 1))
	else
		echo "  $name run $i: NOT detected in ${bound}s (console: $con)"
		printf '%s\t0\t%s\t-\t-\n' "$i" "$bound" >>"$tsv"
	fi
done
[ "$caught" -eq "$runs" ]
