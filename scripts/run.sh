#!/bin/bash
# run.sh [VARIANT [TESTS]]: the whole loop. Get the tree, bring it to
# VARIANT (default: series) with quilt, configure, build, build the suite,
# boot it under QEMU, run TESTS (default: all), print the verdict.
. "$(dirname "$0")/lib.sh"

default=series
[ "$TREE_SERIES" = yes ] || default=base
variant=${1:-$default}
tests=${2:-$(make -s -C "$TOP/selftests" list-tests)}
start=$(now)
"$TOP/scripts/deps.sh"
"$TOP/scripts/tree.sh"
"$TOP/scripts/apply.sh" "$variant"
"$TOP/scripts/config.sh"
"$TOP/scripts/build-kernel.sh" "$variant"
"$TOP/scripts/initramfs.sh" "$INITRD"
out=$RUNS/$(vname "$variant")
rc=0
"$TOP/scripts/guest.sh" "$variant" "$out" "$tests" || rc=$?
say "$variant: $(($(now) - start)) s in all"
exit $rc
