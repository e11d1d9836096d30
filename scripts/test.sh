#!/bin/bash
# test.sh: the project's own tests (what .ci/run runs).
#  1. shellcheck of scripts/, the log scanner against real console logs,
#     checkpatch --strict on the series;
#  2. the series kernel runs the whole suite: every test passes (no skip)
#     and the console has no splat;
#  3. every mutant is detected within its time bound, on each variant
#     (base, series) its Applies-on: line names.
#  After checkpatch: the selftests patch agrees with selftests/, the
#  exported mails apply with git am and give the quilt tree, and
#  MAINTAINERS.snippet is found by get_maintainer.pl; after the series
#  suite (the series is built then): every prefix of the series builds.
. "$(dirname "$0")/lib.sh"

start=$(now)
passed=0 failed=()
check() { # NAME COMMAND...
	local name=$1 t0 rc=0
	shift
	say "check: $name"
	t0=$(now)
	"$@" || rc=$?
	if [ $rc -eq 0 ]; then
		passed=$((passed + 1))
		echo "PASS: $name ($(($(now) - t0)) s)"
	else
		failed+=("$name")
		echo "FAIL: $name ($(($(now) - t0)) s, exit $rc)"
	fi
}

"$TOP/scripts/deps.sh"
check "shellcheck scripts/" shellcheck -x -P "$TOP/scripts" "$TOP"/scripts/*.sh "$TOP/.ci/run"
check "log scanner on real console logs" "$TOP/tests/scan-test.sh"
"$TOP/scripts/tree.sh"
check "checkpatch --strict on the series" "$TOP/scripts/checkpatch.sh"
check "selftests patch matches selftests/" "$TOP/scripts/selftests-patch.sh" --check
check "mails apply with git am and equal the quilt tree" "$TOP/scripts/mbox-check.sh"
check "MAINTAINERS.snippet found by get_maintainer.pl" "$TOP/scripts/maintainers-check.sh"
check "series kernel: race suite passes, no splat" env STRICT=1 "$TOP/scripts/run.sh" series
# The series is built now: each prefix rebuilds only what it changes.
check "bisect: every prefix of the series builds" "$TOP/scripts/bisect.sh"
check "benchmark programs run (smoke, series kernel)" env BENCH_SMOKE=1 "$TOP/scripts/bench.sh"
# Each mutant on each variant its header names: on the series (what the
# series' own checks catch) and, where it applies, on the bare base (what
# the test alone catches).
for p in "$TOP"/mutants/*.patch; do
	m=$(basename "$p" .patch)
	for on in $(mutant_field "$m" Applies-on); do
		check "mutant $m on $on detected" env MUTANT_ON="$on" "$TOP/scripts/run-mutant.sh" "$m" 1
	done
done

echo
echo "make test: $(($(now) - start)) s"
for f in "${failed[@]}"; do echo "  failed: $f"; done
echo "$passed passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
