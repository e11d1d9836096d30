#!/bin/bash
# soak.sh [RUNS]: make soak-kasan. The whole suite RUNS times (default 20),
# one boot per run, on the series kernel built from the race config plus
# Kconfig.kasan (KASAN + lockdep + DEBUG_VM; build/TREE/obj-kasan,
# build/TREE/kernels-kasan), each test for RACE_SECONDS (default 10, the
# suite's own default). A false failure or a splat in any run fails it;
# every run is kept in build/TREE/runs/soak-kasan.N/.
. "$(dirname "$0")/lib.sh"

runs=${1:-20}
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$runs'"
[ "$TREE_SERIES" = yes ] || die "TREE=$TREE takes no series: the soak runs the series kernel"
export OBJ=$TB/obj-kasan KERNELS=$TB/kernels-kasan RACE_SECONDS=${RACE_SECONDS:-10}
start=$(now)
"$TOP/scripts/deps.sh"
"$TOP/scripts/tree.sh"
"$TOP/scripts/apply.sh" series
"$TOP/scripts/config.sh" "$TOP/Kconfig.kasan"
"$TOP/scripts/build-kernel.sh" series
"$TOP/scripts/initramfs.sh" "$INITRD"
tests=$(make -s -C "$TOP/selftests" list-tests)
mkdir -p "$RUNS"
bad=0
for i in $(seq "$runs"); do
	out=$RUNS/soak-kasan.$i
	t0=$(now)
	if "$TOP/scripts/guest.sh" series "$out" "$tests" >"$out.verdict" 2>&1; then
		say "soak run $i/$runs: pass, $(($(now) - t0)) s"
	else
		warn "soak run $i/$runs failed: $out.verdict"
		sed 's/^/    /' "$out.verdict" >&2
		bad=$((bad + 1))
	fi
done
say "soak: $((runs - bad))/$runs runs clean, $(($(now) - start)) s in all"
[ $bad = 0 ] || exit 1
