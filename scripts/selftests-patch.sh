#!/bin/bash
# selftests-patch.sh [--check|--stdout] [TREE_DIR]: generate the series'
# last patch, which adds the race suite (selftests/) to
# tools/testing/selftests/mm/ of the series' tree (mainline 7.3, with its
# selftest conventions): the .c/.h files as they are, a ksft_rmap_race.sh
# wrapper, and hooks in the files already there (Makefile, run_vmtests.sh,
# config), made by inserting lines after anchor lines of the pristine
# files (each anchor must occur exactly once, or stop). .gitignore is an
# allowlist there (sources, scripts): it ignores our binaries already.
# The tree: TREE_DIR, else lib.sh's tree_dir (KERNEL_SRC, else the TREE's
# package unpacked in build/), else the TREE's tarball. Its pristine
# files: the tree's own, or quilt's backup from the first applied patch
# that changed them.
#   (no option)  write patches/$NAME
#   --check      regenerate into a temp file; fail, with the difference,
#                when patches/$NAME does not match selftests/ and this
#                script, or series does not end with it
#   --stdout     print the patch
. "$(dirname "$0")/lib.sh"

NAME=0006-selftests-mm-add-rmap-migration-race-tests.patch
MM=tools/testing/selftests/mm
HOOKED=(Makefile run_vmtests.sh config)
CATEGORY=rmap_race
WRAPPER=ksft_$CATEGORY.sh
# Tests run_vmtests.sh would start only with -a (none: swap_race pages out
# a bounded mapping, and every test runs for $RACE_SECONDS).
HEAVY=" "
# What the tests need in the kernel, added to mm/config where missing.
CONFIGS=(NUMA NUMA_MIGRATION COMPACTION NUMA_BALANCING SWAP SHMEM MEMFD_CREATE
	VM_EVENT_COUNTERS DEBUG_FS)

usage="usage: selftests-patch.sh [--check|--stdout] [TREE_DIR]"
mode="write"
case ${1:-} in
--check | --stdout) mode=$1 && shift ;;
-*) die "$usage" ;;
esac
[ $# -le 1 ] || die "$usage"
if [ $# -eq 1 ]; then
	[ -d "$1" ] || die "$1: no such directory ($usage)"
	KERNEL_SRC=$1
	export KERNEL_SRC
fi
[ "${TREE_SERIES:-yes}" = yes ] ||
	die "patch 6 is for the series' tree, not TREE=$TREE (trees.conf)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Pristine copies of the hooked files into $1/$MM.
pristine() {
	local dst=$1/$MM f t p key cache
	mkdir -p "$dst"
	t=$(tree_dir)
	if [ -n "${KERNEL_SRC:-}" ] || [ -f "$t/$MM/Makefile" ]; then
		[ -f "$t/$MM/Makefile" ] || die "no $MM/Makefile in $t"
		for f in "${HOOKED[@]}"; do
			cp "$t/$MM/$f" "$dst/$f"
			for p in $(q applied 2>/dev/null || true); do
				if [ -f "$t/.pc/$p/$MM/$f" ]; then
					cp "$t/.pc/$p/$MM/$f" "$dst/$f"
					break
				fi
			done
		done
		grep -qF "$WRAPPER" "$dst/Makefile" &&
			die "$t/$MM/Makefile has $WRAPPER, and no quilt backup from before it (patch 6 applied without quilt?)"
		return 0
	fi
	[ -f "${TREE_TARBALL:-}" ] ||
		die "no tree at $t and no tarball ${TREE_TARBALL:-} (scripts/tree.sh, or give TREE_DIR)"
	key=$(stat -c '%s-%Y' "$TREE_TARBALL")
	cache=${TB:-$BUILD/$TREE}/selftests-base/$key
	if [ ! -f "$cache/.done" ]; then
		rm -rf "$cache"
		mkdir -p "$cache"
		tar -xf "$TREE_TARBALL" -C "$cache" --strip-components=1 \
			"${HOOKED[@]/#/$TREE_SRCDIR/$MM/}" ||
			die "cannot read ${HOOKED[*]} of $MM from $TREE_TARBALL"
		touch "$cache/.done"
	fi
	for f in "${HOOKED[@]}"; do cp "$cache/$MM/$f" "$dst/$f"; done
}

# insert FILE ANCHOR: insert stdin after the one line equal to ANCHOR.
insert() {
	local file=$1 anchor=$2 n
	cat >"$tmp/insert"
	n=$(grep -cxF -- "$anchor" "$file" || true)
	[ "$n" -eq 1 ] || die "$file: anchor line '$anchor' found $n times, not once"
	awk -v a="$anchor" -v ins="$tmp/insert" '
		{ print }
		$0 == a { while ((getline l < ins) > 0) print l; close(ins) }
	' "$file" >"$tmp/inserted" && cat "$tmp/inserted" >"$file" # keeps the mode
}

read -ra tests <<<"$(make -s -C "$TOP/selftests" list-tests)"
read -ra progs <<<"$(make -s -C "$TOP/selftests" list-progs)"
helpers=()
for p in "${progs[@]}"; do
	[[ " ${tests[*]} " == *" $p "* ]] || helpers+=("$p")
done
srcs=()
for f in "$TOP"/selftests/*.[ch]; do srcs+=("${f##*/}"); done
hdrs=()
for f in "${srcs[@]}"; do [[ $f == *.h ]] && hdrs+=("\$(selfdir)/mm/$f"); done

# git without the user's or the system's settings (diff.noprefix, ...):
# the same patch for everyone.
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
git init -q "$tmp/w"
g() { git -C "$tmp/w" -c core.autocrlf=false -c core.abbrev=12 "$@"; }
pristine "$tmp/w"
g add -A
before=$(g write-tree)

d=$tmp/w/$MM
for f in "${srcs[@]}"; do cp "$TOP/selftests/$f" "$d/$f"; done

# shellcheck disable=SC2016 # make variables, not shell ones
insert "$d/Makefile" 'LOCAL_HDRS += $(selfdir)/mm/mseal_helpers.h' <<EOF
LOCAL_HDRS += ${hdrs[*]}
EOF
{
	echo
	echo "# Races against page migration (run_vmtests.sh -t $CATEGORY), and the"
	echo "# program exec_race execs."
	echo "RMAP_RACE_TESTS := ${tests[*]}"
	echo "TEST_GEN_FILES += \$(RMAP_RACE_TESTS)"
	for h in "${helpers[@]}"; do echo "TEST_GEN_FILES += $h"; done
} | insert "$d/Makefile" 'TEST_GEN_FILES += folio_split_race_test'
echo "TEST_PROGS += $WRAPPER" | insert "$d/Makefile" 'TEST_PROGS += ksft_rmap.sh'
# shellcheck disable=SC2016
insert "$d/Makefile" '$(OUTPUT)/pkey_sighandler_tests: pkey_util.c' <<'EOF'
$(RMAP_RACE_TESTS:%=$(OUTPUT)/%): race_util.c
EOF
# shellcheck disable=SC2016
insert "$d/Makefile" '$(OUTPUT)/rmap: LDLIBS += -lnuma' <<'EOF'

$(RMAP_RACE_TESTS:%=$(OUTPUT)/%): LDLIBS += -lnuma
EOF

# The wrapper, as the other categories' (CI runs TEST_PROGS).
cat >"$d/$WRAPPER" <<EOF
#!/bin/sh -e
# SPDX-License-Identifier: GPL-2.0
#
# Under run_kselftest.sh the timeout in settings covers the five programs:
# their harness timeouts add up to 7 * RACE_SECONDS + 570 s, and the
# programs' own checks before their tests come on top: RACE_SECONDS up
# to 45 leaves them 15 s; above, give a longer one (--override-timeout).

./run_vmtests.sh -t $CATEGORY
EOF
chmod 755 "$d/$WRAPPER"

insert "$d/run_vmtests.sh" '	test rmap behaves as expected' <<EOF
- $CATEGORY
	races of page migration with fork, VMA changes, exec, NUMA
	hinting faults on shmem, and swap (root, two NUMA nodes;
	RACE_SECONDS per test, default 10)
EOF
{
	echo
	for t in "${tests[@]}"; do
		[[ $HEAVY == *" $t "* ]] || echo "CATEGORY=\"$CATEGORY\" run_test ./$t"
	done
	for t in "${tests[@]}"; do
		[[ $HEAVY == *" $t "* ]] || continue
		echo
		echo "# $t is heavy: only with -a."
		echo "if \$RUN_ALL; then"
		echo "	CATEGORY=\"$CATEGORY\" run_test ./$t"
		echo "fi"
	done
} | insert "$d/run_vmtests.sh" 'CATEGORY="rmap" run_test ./rmap'

for c in "${CONFIGS[@]}"; do
	grep -qx "CONFIG_$c=y" "$d/config" || echo "CONFIG_$c=y" >>"$d/config"
done

g add -A
after=$(g write-tree)

{
	cat <<'EOF'
Subject: [PATCH] selftests/mm: add rmap/migration race tests

Add tests that race page migration against the paths that change what
rmap walks:

- fork_race: fork, which links the child into the anon_vma tree before
  copy_page_range() and relies on rmap visiting the parent first, on
  base pages and, in a second variant, on PMD-mapped THPs
  (copy_huge_pmd() copying a PMD migration entry,
  remove_migration_pmd()), which skips unless some child found a PMD
  migration entry in its page tables (PAGEMAP_SCAN);
- munmap_race: munmap(), mprotect() and mremap() splitting, merging and
  moving VMAs whose pages are being migrated;
- exec_race: exec moving its new stack down while move_pages() moves
  that stack's pages; exec_race_child, the program it execs, checks
  that its ~1 MiB of argv and envp arrived intact;
- shmem_mpol_race: NUMA hinting faults on a memfd mapping while mbind()
  replaces the shared policy of its sub-ranges;
- swap_race: reclaim (MADV_PAGEOUT) pushing a 64 MiB mapping through
  swap round after round while part of it is migrated; children forked
  right after a pageout copy its swap entries, and check it.

Migration runs all the time: a thread compacts the two test nodes in a
loop through their sysfs "compact" files (/proc/sys/vm/compact_memory
only without them; not in swap_race), and in fork_race, munmap_race and
swap_race (8 MiB of its mapping) another moves the test's pages between
the two nodes with move_pages(2); exec_race's own thread moves the
exec'ing children's stack pages, and shmem_mpol_race's migrations are
NUMA balancing's.

fork_race, munmap_race, shmem_mpol_race and swap_race check every page's
contents against per-page patterns, exec_race its children's arguments,
and each fails on a corrupted page or a child that did not exit
cleanly.  They also fail when the kernel reports an error during the
race: a thread polls /proc/sys/kernel/tainted (a new B, D or W: a bad
page or a KASAN report, an oops, a WARN; not L: a busy virtual machine
has soft lockups on a correct kernel) and the kernel's new records in
the log, each test from where the one before left it (/dev/kmsg:
WARNING, BUG, Oops, general protection fault, lockdep and RCU-lockdep
reports, which taint nothing, "Huh VM_FAULT_OOM", bad page, rss-counter
or swap entries, list corruption, KASAN; not the soft lockup and
workqueue lockup reports) every 100 ms, says which it saw and ends the
race early, so a kernel that survives its WARN (no panic_on_warn) still
gives "not ok"; the children then still running are killed and not
judged (one faulting on a stale migration entry inside the kernel never
dies: 200 ms are given, then it is left); a test process still running
10 s after such an error (stuck on what the kernel left) kills the
process group the harness gave the test, which the harness reports as
a failure.  Either sees any process's error, not only the test's.
Every wait on a child or a thread is bounded; a child still running
20 s after it started is killed and counted as a failure; exec_race's
worker runs in a process of its own, since a thread whose move_pages()
waits for a lock an erring child never releases cannot be killed.
Each race runs for $RACE_SECONDS seconds, 10 by default (fork_race has
two, shmem_mpol_race up to two), and its harness timeout follows (under
run_kselftest.sh the mm settings timeout, 900 s, covers all five: up to
RACE_SECONDS=45); a RACE_* setting that is not an integer in range
fails the program at its start.
shmem_mpol_race races on for up to as long again until a NUMA scan pass
over its mm completes, and skips (unless a check failed) when none did
or no hinting fault was taken: a machine too slow for the race;
exec_race skips when exec does not move its stack (no address space
randomization where STACK_TOP is STACK_TOP_MAX) or no exec's new stack
was reached.  They need root and two NUMA nodes with free memory that
the task's cpuset allows (chosen with libnuma), and skip without them,
or when move_pages() or mbind() is refused (EACCES, EPERM; ENOSYS from
move_pages() without CONFIG_NUMA_MIGRATION).
shmem_mpol_race needs NUMA balancing and its debugfs knobs: it puts them
back on every path, and a process of its own (its own process group)
puts them back when the test process goes away, also when the harness
kills it on a timeout.  swap_race needs 64 MiB of swap and MADV_PAGEOUT;
it makes two rounds over its mapping at least, but starts none later
than 60 s past $RACE_SECONDS, and the round under way then ends where
it is (in a KASAN guest on a busy host two rounds took 24-184 s); it
skips when no page was read back after a pageout in that time.
Addresses and page-sized steps come from the run-time page size; the
buffers are counted in pages (16 times larger with 64 KiB pages), but
for swap_race's 64 MiB and exec_race's ballasts (RACE_EXEC_BALLAST_MB,
and 32 MiB in the child that finds the stack); fork_race's THP variant
skips where a PMD is larger than its 2048 pages (arm64 with 64 KiB
pages), where no THP can be had, or when no child found a PMD migration
entry, copied by fork or installed since (THPs split before
migration).
exec_race finds the top of the new stack by probing with move_pages()
while an exec runs: a power-of-two top, or one page below it (x86_64
and arm64, for instance); it skips where it finds none (s390, sparc64
and parisc, whose stack tops are neither), or when its ~1 MiB of
arguments exceed what RLIMIT_STACK allows (E2BIG: a quarter of it, so
with 4 KiB pages a limit below about 4 MiB).

How they relate to the tests already there: migration.c moves one
page (a base page, THP or hugetlb page) back and forth between two
nodes with move_pages(2) while threads or forked children read it, for
the migration entry wait paths; most tests of rmap.c's "migrate"
fixture fork a tree of processes sharing one page (anon, shm, file,
KSM), have one of them migrate it while the others wait on a
semaphore, then check that every process maps the new page.  In both,
the mappings stay as they are while pages migrate.  The tests here
change them during migration (fork linking a child into the anon_vma
tree, VMAs split, merged and moved, exec's stack moved down, shared
policies replaced under hinting faults, PTEs turned into swap
entries), for tens of seconds each, and check page contents.
fork_race is the closest to rmap.c; it is not a variant of the
"migrate" fixture because it needs fork and migration to overlap,
which that fixture's semaphore rules out.

The tests follow the mm selftest conventions of v7.3-rc7, the base of
this series: they are in TEST_GEN_FILES, run_vmtests.sh runs them as
the new "rmap_race" category, and ksft_rmap_race.sh, in TEST_PROGS like the
other categories' wrappers, lets "make run_tests" reach them.
race_util.c (the migration driver and the patterns) and -lnuma, as for
migration and rmap, are linked into the five tests; exec_race_child is
a helper, built but not run by itself.  The .gitignore allowlist
already leaves the binaries out.  config gets the options they need.

Tested: built with the other mm tests of v7.3-rc7 and against 6.12's
kselftest_harness.h, and for arm64 without a warning; run in 2-node,
2-vCPU QEMU guests (TCG) on kernels with DEBUG_VM, PROVE_LOCKING and
DEBUG_ATOMIC_SLEEP: they pass with no splat on v7.3-rc7 with the patches
before this one (also with KASAN) and on 6.12, and with the protection
each test guards removed, booted without oops=panic or panic_on_warn,
each test says "not ok" by itself (the figures are below).  The first
report the kernel makes there is a DEBUG_VM VM_WARN_ON_ONCE() (a
migration entry used with its folio unlocked; a swap count put when it
is zero), or for shmem_mpol_race lockdep's RCU check: on a kernel
without those checks a test can fail only on what the race does to the
pages and the children, or on a later oops.
EOF
	echo "---"
	# Notes (git am drops them): the checkpatch --strict exceptions,
	# each with its reason, read by scripts/checkpatch.sh.
	cat <<'EOF'
Figures (v7.3-rc7 as Debian's linux-source-7.3 7.3~rc7-1~exp1 ships it,
2-node 2-vCPU QEMU guests, TCG, Kconfig with DEBUG_VM, PROVE_LOCKING and
DEBUG_ATOMIC_SLEEP, no oops=panic or panic_on_warn), with the protection
each test guards removed: boots in which the test said "not ok" by
itself, and seconds from the test's start to its end (median / maximum):
fork_race (interval-tree ties sent left) 10 of 10, 0.45 / 0.6 s, and
its THP variant alone, this revision, 10 of 10, 8.5 / 80.6 s (each run
racing up to the mutant's bound, RACE_SECONDS=300; host busy;
the first report in 9: the child's pagemap read of a PMD migration
entry left behind, softleaf_to_page()'s DEBUG_VM check; in 1 a fault
waiting on that entry);
munmap_race (VMA changes locking their own anon_vma) 10 of 10, 0.65 /
1.0 s; shmem_mpol_race (a mutex in mpol_shared_policy_lookup()) 10 of
10, 0.7 / 0.9 s; with the patches before this one and reclaim not
taking a swap count (folio_dup_swap() skipped), swap_race 10 of 10,
1.6 / 1.6 s. These four are of a revision of 2026-12-01 (before the
fifth review's fixes: ENOSYS, the exec racer's parent-death signal,
error paths), which leave the raced paths as they were; a test's end
after the kernel's report has come up to 0.8 s sooner since (a child
killed then was given 1 s, now 200 ms). exec_race with the
temporary-stack skip removed, this revision but for its last error
paths and comments, 20 boots: "not ok" by the
test in 20, 1.0 to 2.3 s from its start (median 1.35 s), the kernel's
warning after 1 to 8 execs. Its revision before, with two workers and a
32 MiB ballast of touched anonymous memory: the warning after 3 to 130
execs; "not ok" in 15 of 20 (median over all 20: 6.15 s); in the other
5 "kernel BUG at mm/page_alloc.c:952", in the test's own munmap() of
that ballast (freeing a page the stale entry left bad), wedged the guest
first.
What made the difference (debug builds, 8 to 24 boots each, median time
to "not ok"): one worker instead of two, 2.6 s against 5.2 s with a
384 MiB ballast (the warning after 1 to 16 execs against 2 to 133);
with one worker, a 128 MiB ballast 1.4 s, 32 MiB 1.85 s, none 3.3 s
(up to 12.7 s); the ballast mapped from a memfd instead of touched
anonymous memory: 0.18 to 0.33 s to set up 128 MiB against 1.7 to
2.25 s, and none of the 137 boots with it that found the mutant wedged
before "not ok", against 7 of 60 with anonymous ballasts of 64 to
256 MiB (all 60 with two workers; none of the 63 two-worker boots with
the memfd).
With the series and its temporary VMA unlinked before the page tables
move, the same revision: "not ok" in 10 of 10, 1.0 to 2.9 s (median
1.7 s).  The five with their defaults, 20 boots in a row on v7.3-rc7
with the patches before this one and KASAN, the revision before the THP
variant's PAGEMAP_SCAN check: no failure,
no splat (116 to 169 s a boot, host busy; 10 to 78 children a boot
found PM_SWAP at a THP, the count of that revision). This revision,
without KASAN, 10 s: 117 and 134 children of a run found a PMD
migration entry that PAGEMAP_SCAN confirmed; the variant did not skip.

checkpatch: FILE_PATH_CHANGES: the MEMORY MANAGEMENT - MISC entry
already covers tools/testing/selftests/mm/; a dedicated entry for these
files is offered in the cover letter rather than made here.
checkpatch: SPACING: "FIXTURE_DATA(name) *self" declares a pointer to
kselftest_harness.h's fixture type; checkpatch reads a multiplication.
checkpatch: ENOSYS: race_move_refused() reads move_pages()'s errno in
user space: ENOSYS there is the system call missing (no
CONFIG_NUMA_MIGRATION), which is what checkpatch says it must mean.
checkpatch: BIT_MACRO: shmem_mpol_race.c's fallback for an older
numaif.h copies include/uapi/linux/mempolicy.h; user space has no BIT().

EOF
	g diff-tree -r --no-renames --stat=72 --summary "$before" "$after"
	echo
	g diff-tree -r --no-renames --no-color -p "$before" "$after"
} >"$tmp/patch"

case $mode in
--stdout) cat "$tmp/patch" ;;
write)
	cp "$tmp/patch" "$TOP/patches/$NAME"
	say "wrote patches/$NAME"
	;;
--check)
	bad=0
	if ! cmp -s "$tmp/patch" "$TOP/patches/$NAME"; then
		echo "patches/$NAME does not match selftests/ (run scripts/selftests-patch.sh):" >&2
		diff -u "$TOP/patches/$NAME" "$tmp/patch" | head -n 40 >&2 || true
		bad=1
	fi
	last=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$TOP/series" | grep . | tail -n 1)
	[ "$last" = "$NAME" ] || { echo "series does not end with $NAME (it ends with $last)" >&2; bad=1; }
	[ $bad -eq 0 ] && echo "ok   patches/$NAME matches selftests/"
	exit $bad
	;;
esac
