#!/bin/bash
# vma-test.sh: tools/testing/vma (the userspace VMA tests, which build
# mm/vma.c and mm/vma_exec.c against stubs) builds and passes in the tree
# with the series applied. The tree is left at series.
. "$(dirname "$0")/lib.sh"

[ "$TREE_SERIES" = yes ] || die "TREE=$TREE takes no series"
t=$(tree_dir)
"$TOP/scripts/apply.sh" series >/dev/null
d=$t/tools/testing/vma
[ -f "$d/Makefile" ] || die "$d has no Makefile"
mkdir -p "$LOGS"
log=$LOGS/vma-test.log
make -C "$d" -j"$JOBS" >"$log" 2>&1 || { tail -n 20 "$log" >&2; die "make -C tools/testing/vma failed (log: $log)"; }
(cd "$d" && ./vma) >>"$log" 2>&1 || { tail -n 20 "$log" >&2; echo "tools/testing/vma: ./vma failed (log: $log)" >&2; exit 1; }
tail -n 1 "$log"
