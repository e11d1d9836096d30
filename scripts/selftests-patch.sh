#!/bin/bash
# selftests-patch.sh [--check|--stdout]: generate the series' last patch,
# which adds the race suite (selftests/) to tools/testing/selftests/mm/:
# the .c/.h files as they are, and hooks in the files already there
# (Makefile, .gitignore, run_vmtests.sh, config), made by inserting lines
# after anchor lines of the pristine 6.12 files (each anchor must occur
# exactly once, or stop). The pristine files come from Debian's tarball
# (cached in build/), else from the tree, before any quilt patch.
#   (no option)  write patches/$NAME
#   --check      regenerate into a temp file; fail, with the difference,
#                when patches/$NAME does not match selftests/ and this
#                script, or series does not end with it
#   --stdout     print the patch
. "$(dirname "$0")/lib.sh"

NAME=0004-selftests-mm-add-rmap-migration-race-tests.patch
MM=tools/testing/selftests/mm
HOOKED=(Makefile .gitignore run_vmtests.sh config)
# Tests run_vmtests.sh starts only with -a: swap_race pushes 1.5x RAM
# through swap.
HEAVY=" swap_race "

mode=${1:-write}
case $mode in write | --check | --stdout) ;; *) die "usage: selftests-patch.sh [--check|--stdout]" ;; esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Pristine copies of the hooked files into $1/$MM.
pristine() {
	local dst=$1/$MM f t p
	mkdir -p "$dst"
	if [ -f "$DEB_TARBALL" ]; then
		local key cache
		key=$(stat -c '%s-%Y' "$DEB_TARBALL")
		cache=$BUILD/selftests-base/$key
		if [ ! -f "$cache/.done" ]; then
			rm -rf "$cache"
			mkdir -p "$cache"
			tar -xf "$DEB_TARBALL" -C "$cache" --strip-components=1 \
				"${HOOKED[@]/#/linux-source-6.12/$MM/}" ||
				die "cannot read ${HOOKED[*]} of $MM from $DEB_TARBALL"
			touch "$cache/.done"
		fi
		for f in "${HOOKED[@]}"; do cp "$cache/$MM/$f" "$dst/$f"; done
		return
	fi
	# No tarball: the tree, or quilt's backup from the first applied
	# patch that changed the file.
	t=$(tree_dir)
	[ -f "$t/$MM/Makefile" ] || die "no $DEB_TARBALL and no tree at $t"
	for f in "${HOOKED[@]}"; do
		cp "$t/$MM/$f" "$dst/$f"
		for p in $(q applied 2>/dev/null || true); do
			if [ -f "$t/.pc/$p/$MM/$f" ]; then
				cp "$t/.pc/$p/$MM/$f" "$dst/$f"
				break
			fi
		done
	done
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
	echo "# Races against page migration (run_vmtests.sh -t rmap_race), and the"
	echo "# program exec_race execs."
	echo "RMAP_RACE_TESTS := ${tests[*]}"
	echo "TEST_GEN_FILES += \$(RMAP_RACE_TESTS)"
	for h in "${helpers[@]}"; do echo "TEST_GEN_FILES += $h"; done
} | insert "$d/Makefile" 'TEST_GEN_FILES += droppable'
# shellcheck disable=SC2016
insert "$d/Makefile" '$(OUTPUT)/migration: LDLIBS += -lnuma' <<'EOF'

$(RMAP_RACE_TESTS:%=$(OUTPUT)/%): race_util.c
$(RMAP_RACE_TESTS:%=$(OUTPUT)/%): LDLIBS += -lnuma
EOF

printf '%s\n' "${progs[@]}" | insert "$d/.gitignore" droppable

insert "$d/run_vmtests.sh" '	test prctl(PR_SET_MDWE, ...)' <<'EOF'
- rmap_race
	races against page migration: fork, VMA changes, exec, NUMA
	hinting faults on shmem, swap (swap_race only with -a)
EOF
{
	echo
	for t in "${tests[@]}"; do
		[[ $HEAVY == *" $t "* ]] || echo "CATEGORY=\"rmap_race\" run_test ./$t"
	done
	for t in "${tests[@]}"; do
		[[ $HEAVY == *" $t "* ]] || continue
		echo
		echo "# $t pushes 1.5x RAM through swap: only with -a."
		echo "if \$RUN_ALL; then"
		echo "	CATEGORY=\"rmap_race\" run_test ./$t"
		echo "fi"
	done
} | insert "$d/run_vmtests.sh" 'CATEGORY="mdwe" run_test ./mdwe_test'

cat >>"$d/config" <<'EOF'
CONFIG_NUMA=y
CONFIG_MIGRATION=y
CONFIG_COMPACTION=y
CONFIG_NUMA_BALANCING=y
CONFIG_SWAP=y
CONFIG_MEMFD_CREATE=y
CONFIG_VM_EVENT_COUNTERS=y
CONFIG_DEBUG_FS=y
CONFIG_SCHED_DEBUG=y
EOF

g add -A
after=$(g write-tree)

{
	cat <<'EOF'
Subject: [PATCH] selftests/mm: add rmap/migration race tests

Add tests that race page migration, kept running all the time (one
thread writing /proc/sys/vm/compact_memory in a loop, another moving
the test's pages between nodes 0 and 1 with move_pages(2)), against the
paths that change what rmap walks:

- fork_race: fork, which links the child into the anon_vma tree before
  copy_page_range() and relies on rmap visiting the parent first;
- munmap_race: munmap(), mprotect() and mremap() splitting, merging and
  moving VMAs whose pages are being migrated;
- exec_race: exec moving its new stack down while move_pages() moves
  that stack's pages; exec_race_child, the program it execs, checks
  that its ~1 MiB of argv and envp arrived intact;
- shmem_mpol_race: NUMA hinting faults on a memfd mapping while mbind()
  replaces the shared policy of its sub-ranges;
- swap_race: reclaim pushing 1.5x RAM through swap while part of it is
  migrated and forked children check it.

The tests check every page's contents against per-page patterns and
fail on a corrupted page or a child that did not exit cleanly; what
the kernel notices itself (the BUG_ON in pfn_swap_entry_folio(),
lockdep, DEBUG_VM, DEBUG_ATOMIC_SLEEP) is on the console.  Each runs
for $RACE_SECONDS seconds, 30 by default.  They need root and NUMA
nodes 0 and 1 with memory, and skip without them; shmem_mpol_race also
needs NUMA balancing and its debugfs knobs, swap_race swap of at least
1.5x RAM.  exec_race looks for the new stack below x86_64's
STACK_TOP_MAX: elsewhere it still races exec with compaction.

They are mm tests like the others: in TEST_GEN_FILES, started by
run_vmtests.sh as the "rmap_race" category, swap_race only with -a as
it drives all of memory through swap.  race_util.c (the migration
driver and the patterns) and -lnuma are linked into the five tests
only; exec_race_child is a helper, built but not run by itself.  config
gets the options they need.

The new files are under tools/testing/selftests/mm/, which the MEMORY
MANAGEMENT entry of MAINTAINERS already covers.

Tested: built in tools/testing/selftests/mm/ of Debian's
linux-source-6.12 (6.12.117) with the rest of the mm tests.  The same
sources, built on their own and run in a 2-node, 2-vCPU QEMU guest
(TCG) on a kernel with DEBUG_VM, PROVE_LOCKING and DEBUG_ATOMIC_SLEEP,
pass with no splat on 6.12.117 with the patches before this one.  With
the protection each test guards removed, the test caught it in 10 of
10 runs; median / maximum time to detect from the test's start:
fork_race (interval-tree ties sent left) 7.5 / 17.3 s, munmap_race
(VMA changes locking their own anon_vma) 1.4 / 2.2 s, exec_race
(6.12's temporary-stack skip removed) 10.4 / 30.8 s, shmem_mpol_race (a
mutex in mpol_shared_policy_lookup()) 0.6 / 1.1 s, swap_race (reclaim
not taking a swap count) 11.7 / 17.1 s.
EOF
	echo "---"
	# Notes (git am drops them): the checkpatch --strict exceptions,
	# each with its reason, read by scripts/checkpatch.sh.
	cat <<'EOF'
checkpatch: FILE_PATH_CHANGES: no MAINTAINERS change needed, the MEMORY
MANAGEMENT entry covers tools/testing/selftests/mm/.
checkpatch: VOLATILE: userspace test code without READ_ONCE() and
WRITE_ONCE(): volatile keeps the flags the threads poll, the counters
they share and the page accesses that must fault from being cached or
dropped by the compiler.
checkpatch: SPACING: "FIXTURE_DATA(name) *self" declares a pointer to
kselftest_harness.h's fixture type; checkpatch reads a multiplication.
checkpatch: BIT_MACRO: userspace, no BIT() or BIT_ULL() in the headers
these files include; MPOL_F_NUMA_BALANCING is spelled as in the uapi.

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
