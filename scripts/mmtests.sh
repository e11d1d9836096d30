#!/bin/bash
# mmtests.sh: make mmtests, the series' regression gate. The tree's own mm
# selftests (tools/testing/selftests/mm of the base tree, run_vmtests.sh's
# default set) on the base and on the series kernel, the kernels of the
# race suite (build/TREE/kernels/: Kconfig.fragment + Kconfig.mmtests,
# scripts/config.sh; rebuilt when not current), booted with GUEST_CPUS=4
# and GUEST_MEM_MB=3072 and 1 GiB of zram swap (khugepaged's and cow's
# swap-out cases: "MADV_PAGEOUT did not work, is swap enabled?" without
# it), oops=panic but not panic_on_warn (a WARN is
# reported, and the later tests still run). Prints per test,
# base vs series, and fails on a test that passes on base and fails on
# the series, a test that did not run to its end on the series, or any
# splat; the subtests (each test's nested TAP) are judged the same way,
# since a wrapper may pass whatever its test says (test_hmm.sh). Everything
# lands in build/TREE/mmtests/ (table.txt).
# MMTESTS=CAT,CAT: only these run_vmtests.sh -t categories (default: all).
# MMTESTS_TIMEOUT: host watchdog per boot, seconds (default 2400).
# MMTESTS_KERNELS="series base": the boots, in this order (default: base
# series; a kernel left out keeps its last run for the table).
# MMTESTS_RETRY=0: judge a regression on one run (default: a second run of
# both kernels must show it again).
# mmtests.sh --table: only the table and the verdict, from the last runs.
. "$(dirname "$0")/lib.sh"

table_only=0
case ${1:-} in
--table) table_only=1 ;;
"") ;;
*) die "usage: mmtests.sh [--table]" ;;
esac

[ "$TREE_SERIES" = yes ] || die "TREE=$TREE takes no series: make mmtests compares base and series"
cats=${MMTESTS:-all}
wd=${MMTESTS_TIMEOUT:-2400}
start=$(now)
out=$TB/mmtests
frag=$TOP/Kconfig.mmtests

# The selftests are built once, from the base tree, against the base
# kernel's headers and (page_frag's test module) its build directory.
build_selftests() {
	local sd=$t/tools/testing/selftests/mm bin=$out/bin
	say "building the tree's mm selftests (log: $out/selftests.log)"
	rm -rf "$bin"
	mkdir -p "$bin"
	{
		make -C "$t" O="$OBJ" ARCH=x86_64 headers &&
			make -C "$sd" KHDR_INCLUDES="-isystem $OBJ/usr/include" \
				KDIR="$OBJ" OUTPUT="$bin" -j"$JOBS"
	} >"$out/selftests.log" 2>&1
	local rc=$?
	# Leave the quilt tree as it was: check_config.sh and the page_frag
	# module build write into the source directory.
	if [ -f "$sd/page_frag/page_frag_test.ko" ]; then
		mkdir -p "$bin/page_frag"
		cp "$sd/page_frag/page_frag_test.ko" "$bin/page_frag/"
	fi
	make -C "$OBJ" M="$sd/page_frag" clean >/dev/null 2>&1
	rm -f "$sd"/local_config.h_gen "$sd"/local_config.mk
	[ $rc = 0 ] || { tail -n 20 "$out/selftests.log" >&2; die "the mm selftests do not build (log above)"; }
	# The scripts run_vmtests.sh calls, as kselftest's install would copy.
	cp -a "$sd"/*.sh "$sd"/settings "$bin/"
	[ -f "$bin/page_frag/page_frag_test.ko" ] ||
		warn "page_frag_test.ko not built (its tests will skip); see $out/selftests.log"
}

# The guest's initramfs (scripts/mm-initramfs.sh): the selftests at
# /mmtests, the kernel's modules.
initramfs() {
	"$TOP/scripts/mm-initramfs.sh" "$out/bin" /mmtests "$KERNELS/$(vname "$1")/modules" "$2"
}

if [ $table_only = 0 ]; then
	"$TOP/scripts/deps.sh" kmod procps psmisc liburing-dev libcap-dev bash-static
	"$TOP/scripts/tree.sh"
	t=$(tree_dir)
	mkdir -p "$out"
	# The series first: after make run its build directory is there.
	for v in series base; do
		dir=$KERNELS/$v
		st=$(kernel_stamp "$v" "$frag")
		"$TOP/scripts/apply.sh" "$v"
		if [ -f "$dir/bzImage" ] && [ "$(cat "$dir/stamp" 2>/dev/null)" = "$st" ]; then
			say "mmtests kernel $v is up to date"
		else
			"$TOP/scripts/config.sh"
			"$TOP/scripts/build-kernel.sh" "$v"
			echo "$st" >"$dir/stamp"
		fi
		[ "$v" = base ] && build_selftests
	done

	for v in ${MMTESTS_KERNELS:-base series}; do
		run=$out/runs/$v
		img=$out/initramfs-$v.cpio.gz
		initramfs "$v" "$img"
		say "booting $v with the mm selftests ($cats; watchdog ${wd}s) -> $run"
		t0=$(now)
		GUEST_CPUS=4 GUEST_MEM_MB=3072 PANIC_ARGS=oops=panic SPLAT_GRACE_S=$wd \
			"$TOP/scripts/boot.sh" "$KERNELS/$v/bzImage" "$img" "$run" "$wd" \
			race.tests=none race.swap_mb=1024 race.mmtests="$cats" || true
		echo "$(($(now) - t0))" >"$run/seconds"
		say "$v: $(cat "$run/result"), $(cat "$run/seconds") s"
	done
fi
for v in base series; do
	[ -f "$out/runs/$v/tap.log" ] || die "no $out/runs/$v/tap.log: run make mmtests first"
done

# The table: one line per test of run_vmtests.sh, in its order, with, for
# a test that does not pass, the reason its output gives (its first line
# naming a skip, a failure, an error or a failed assertion).
res() { # TAP of one boot -> "result<TAB>name<TAB>reason"
	tr -d '\r' <"$1" | awk '
		why == "" && /^# / && tolower($0) ~ /skip|fail|error|bail|unable|cannot|no such|must|expected|terminated|not found/ &&
			$0 !~ /^# \[(PASS|FAIL|SKIP)\]$/ && $0 !~ /^# (# )?(ok|not ok) [0-9]+ / &&
			$0 !~ /Totals:|FAILED: [0-9]+ \/ [0-9]+|SUMMARY:|^# # +(OK|FAIL) / {
			why = substr($0, 3); sub(/^# /, "", why) }
		/^ok [0-9]+ .*# SKIP/ { sub(/ # SKIP.*/, ""); $1 = $2 = ""; print "skip\t" substr($0, 3) "\t" why; why = ""; next }
		/^ok [0-9]+ / { $1 = $2 = ""; print "pass\t" substr($0, 3) "\t"; why = ""; next }
		/^not ok [0-9]+ / { sub(/ # exit=.*/, ""); $1 = $2 = $3 = ""; print "fail\t" substr($0, 4) "\t" why; why = "" }'
}
# The subtests of one boot's tests (their nested TAP, "# ok N name" or
# "# # ok N name" under "# running ./test args") -> "result<TAB>test ::
# subtest" (the harness's own "# ok N name # SKIP why" is a skip).
nested() {
	tr -d '\r' <"$1" | awk '
		/^# running / { t = substr($0, 11); next }
		/^# (# )?(not )?ok [0-9]+ / {
			l = $0; sub(/^# (# )?/, "", l)
			r = l ~ /^not ok/ ? "fail" : (l ~ / # SKIP/ ? "skip" : "pass")
			sub(/^(not )?ok [0-9]+ /, "", l); sub(/ # SKIP.*/, "", l)
			print r "\t" t " :: " l }'
}
# A test that ran twice (a run put together from two boots): its last
# result, at its first place.
last() { awk -F'\t' '{ if (!($2 in r)) o[n++] = $2; r[$2] = $0 } END { for (i = 0; i < n; i++) print r[o[i]] }'; }
res "$out/runs/base/tap.log" | last >"$out/base.tsv"
res "$out/runs/series/tap.log" | last >"$out/series.tsv"
bad=0
{
	printf '%-44s %-5s %-6s %s\n' test base series "why (when not a pass)"
	awk -F'\t' 'NR == FNR { s[$2] = $1; w[$2] = $3; next }
		{ r = ($2 in s) ? s[$2] : "-"; why = $3 != "" ? $3 : w[$2]
		  printf "%-44s %-5s %-6s %s%s\n", $2, $1, r, ($1 == "pass" && r != "pass") ? "REGRESSION " : "", why }' \
		"$out/series.tsv" "$out/base.tsv"
	for v in base series; do
		awk -F'\t' -v v="$v" '{ c[$1]++ } END { printf "%-7s %d pass, %d fail, %d skip\n", v ":", c["pass"], c["fail"], c["skip"] }' "$out/$v.tsv"
	done
	for v in base series; do
		echo "$v guest: $(cat "$out/runs/$v/result"), $(cat "$out/runs/$v/seconds") s"
	done
	# The subtests inside a test's own TAP: a wrapper may pass whatever
	# they say (test_hmm.sh's exit status is not hmm-tests'). Each
	# subtest that passes on base and fails on the series is a
	# regression too; failures on both are listed.
	for v in base series; do nested "$out/runs/$v/tap.log" | last >"$out/$v.nested.tsv"; done
	awk -F'\t' 'NR == FNR { b[$2] = $1; next }
		$1 == "fail" { printf "%-44s %-5s %-6s %s\n", "  " $2, ($2 in b) ? b[$2] : "-", "fail",
			       (b[$2] == "pass") ? "REGRESSION (a subtest)" : "(a subtest)" }' \
		"$out/base.nested.tsv" "$out/series.nested.tsv"
	awk -F'\t' 'NR == FNR { s[$2] = $1; next }
		$1 == "fail" && s[$2] != "fail" { printf "%-44s %-5s %-6s %s\n", "  " $2, "fail", ($2 in s) ? s[$2] : "-", "(a subtest)" }' \
		"$out/series.nested.tsv" "$out/base.nested.tsv"
	for v in base series; do
		awk -F'\t' -v v="$v" '{ c[$1]++ } END { printf "%-7s subtests: %d pass, %d fail, %d skip\n", v ":", c["pass"], c["fail"], c["skip"] }' "$out/$v.nested.tsv"
	done
} | tee "$out/table.txt"
regressed=0
grep -q REGRESSION "$out/table.txt" && { warn "tests that pass on base fail on the series (above)"; regressed=1; }
for v in base series; do
	if ! grep -aq 'race-suite: end mmtests' "$out/runs/$v/tap.log"; then
		warn "$v: run_vmtests.sh did not finish (last: $(grep -a '^# running' "$out/runs/$v/tap.log" | tail -n 1))"
		[ "$v" = series ] && bad=1
	fi
	if "$TOP/scripts/scan-log.sh" "$out/runs/$v/console.log" >"$out/runs/$v/splats" 2>&1; then :; else
		warn "$v kernel splatted: $(head -n 3 "$out/runs/$v/splats")"
		bad=1
	fi
done
[ "$(wc -l <"$out/series.tsv")" -gt 0 ] || { warn "no test result from the series boot"; bad=1; }
# Some of the tree's tests are flaky under TCG (ksm_tests -U waits for one
# full ksmd scan, which can be the scan already under way, and failed so
# once on the series, then passed): a regression must show again in a
# second run of the same categories on both kernels (MMTESTS_RETRY=0: no
# second run). The first run is kept in try1/.
if [ $regressed = 1 ] && [ $bad = 0 ] && [ "${MMTESTS_RETRY:-1}" = 1 ] && [ $table_only = 0 ]; then
	rm -rf "$out/try1"
	mkdir -p "$out/try1"
	cp -a "$out/table.txt" "$out/runs" "$out/try1/"
	warn "running the same categories again on both kernels (first run: $out/try1/)"
	MMTESTS_RETRY=0 exec "$0"
fi
[ $regressed = 0 ] || bad=1
[ $bad = 0 ] || die "make mmtests: the series regresses the tree's mm selftests (table: $out/table.txt)"
say "make mmtests: no regression, no splat ($(($(now) - start)) s)"
