#!/bin/bash
# test.sh: the project's own tests (what .ci/run runs), on every tree of
# trees.conf.
#  1. shellcheck of scripts/, the log scanner against real console logs;
#  2. the series' tree (mainline): checkpatch --strict on the series, the
#     selftests patch agrees with selftests/, the suite cross-builds for
#     arm64 without warnings, the exported mails apply with
#     git am and give the quilt tree, MAINTAINERS.snippet is found by
#     get_maintainer.pl, tools/testing/vma builds and passes; the series
#     kernel runs the whole suite (every test passes, no skip, no splat);
#     the benchmark programs run; the tree's own mm selftests (MM_GATE
#     categories) pass on the series as on the base (scripts/mmtests.sh);
#     the suite installed the kselftest way passes under run_kselftest.sh
#     (scripts/kselftest.sh); every mutant is detected within its time
#     bound, on each variant (base, series) its Applies-on: line names,
#     and every prefix of the series builds (between the base mutants
#     and the series ones);
#  3. each other tree (6.12 LTS): the suite passes on the unpatched
#     kernel, and its own mutants (mutants/TREE/) are detected.
. "$(dirname "$0")/lib.sh"

# The regression gate in make test: the run_vmtests.sh categories of the
# tree's mm selftests that walk rmap or move pages and page tables, and
# finish in minutes under TCG (make mmtests runs the whole default set).
MM_GATE=${MM_GATE:-rmap migration ksm vma_merge mremap mmap madv_guard mkdirty cow memory-failure}
# Each race's duration in make test's runs of the suite: the suite's own
# default, as run_vmtests.sh runs it (make run: 30; make soak-kasan, make
# soak: longer runs).
SUITE_SECONDS=${SUITE_SECONDS:-10}

start=$(now)
passed=0 failed=() times=()
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

# Each mutant of the current TREE on each variant its header names: on the
# series (what the series' own checks catch) and, where it applies, on the
# bare base (what the test alone catches). mutant_checks [VARIANT]: each
# mutant once on each variant it names (lib.sh's order), or only on VARIANT.
mutant_checks() {
	local r m on runs
	mapfile -t runs < <(mutant_runs)
	for r in "${runs[@]}"; do
		read -r m on <<<"$r"
		[ -z "${1:-}" ] || [ "$on" = "$1" ] || continue
		if [[ $(mutant_field "$m" Make-test) == no* ]]; then
			say "$TREE: mutant $m on $on: not in make test: $(mutant_field "$m" Make-test | sed 's/^no *//')"
			continue
		fi
		check "$TREE: mutant $m on $on detected" env MUTANT_ON="$on" "$TOP/scripts/run-mutant.sh" "$m" 1
	done
}

for TREE in $(trees_names); do
	export TREE
	# lib.sh's per-tree paths anew (OBJ, KERNELS and LOGS keep a value set before).
	unset OBJ KERNELS LOGS
	# shellcheck source=lib.sh
	. "$TOP/scripts/lib.sh"
	t0=$(now)
	"$TOP/scripts/tree.sh"
	if [ "$TREE_SERIES" = yes ]; then
		check "$TREE: checkpatch --strict on the series" "$TOP/scripts/checkpatch.sh"
		check "$TREE: selftests patch matches selftests/" "$TOP/scripts/selftests-patch.sh" --check
		check "$TREE: the race suite cross-builds for arm64, no warning" "$TOP/scripts/cross-build.sh"
		check "$TREE: mails apply with git am and equal the quilt tree" "$TOP/scripts/mbox-check.sh"
		check "$TREE: MAINTAINERS.snippet found by get_maintainer.pl" "$TOP/scripts/maintainers-check.sh"
		check "$TREE: tools/testing/vma builds and passes with the series" "$TOP/scripts/vma-test.sh"
		check "$TREE: series kernel: race suite passes, no splat" env STRICT=1 RACE_SECONDS="$SUITE_SECONDS" "$TOP/scripts/run.sh" series
		check "$TREE: installed the kselftest way, run_kselftest.sh -t mm:ksft_rmap_race.sh passes (no panic options)" \
			"$TOP/scripts/kselftest.sh"
		check "$TREE: benchmark programs run (smoke, series kernel)" env BENCH_SMOKE=1 "$TOP/scripts/bench.sh"
		check "$TREE: the tree's mm selftests ($MM_GATE) pass on the series as on base, no splat" \
			env MMTESTS="${MM_GATE// /,}" MMTESTS_TIMEOUT=900 "$TOP/scripts/mmtests.sh"
		# The tree and its build directory go from the series to the
		# base (make mmtests), base + each mutant, each prefix in turn up
		# to the series, then series + each mutant: every step touches
		# only what one patch changes. (quilt's pops and pushes date the
		# headers they touch: going from the series to a prefix rebuilt
		# most of the kernel, cold in CI.)
		mutant_checks base
		check "$TREE: bisect: every prefix of the series builds" "$TOP/scripts/bisect.sh"
		mutant_checks series
	else
		check "$TREE: unpatched kernel: race suite passes, no splat" env STRICT=1 RACE_SECONDS="$SUITE_SECONDS" "$TOP/scripts/run.sh" base
		mutant_checks
	fi
	times+=("$TREE: $(($(now) - t0)) s")
done

echo
echo "make test: $(($(now) - start)) s (${times[*]})"
for f in "${failed[@]}"; do echo "  failed: $f"; done
echo "$passed passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
