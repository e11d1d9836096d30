#!/bin/bash
# bench.sh [ROUNDS]: make bench. Build the base and the series kernel from
# the perf bench config (Kconfig.fragment + bench/Kconfig.perf: -O2, no
# lockdep, no debug checks, no SLUB_TINY; in build/TREE/obj-bench-perf),
# boot them in turn, base series base series ..., ROUNDS times each, under
# TCG in icount mode (guest time counts instructions), run the bench/
# programs in each boot, then print the comparison table (bench/compare.c)
# and plot every run (gnuplot). Everything lands in build/TREE/bench-perf/:
#   raw.tsv    one line per boot and figure: ROUND KERNEL METRIC VALUE UNIT BETTER
#   table.md   the table;  bench.png  the plot;  runs/R-KERNEL/  each boot
# BENCH_CONFIG=NAME uses bench/Kconfig.NAME instead (build/TREE/obj-bench-NAME,
# build/TREE/bench-NAME/; NAME bench: build/TREE/obj-bench, build/TREE/bench/):
# bench/Kconfig.bench is the perf config with LOCK_STAT (lockdep's
# bookkeeping, and the PTL's hold times in /proc/lock_stat), nolockdep
# the old -Os config without it.
# BENCH_SECONDS: guest seconds per benchmark (default 2); BENCH_MODES: the
# rmap_bench modes (default all; MODE:N runs MODE for N guest seconds
# instead); ROUNDS defaults to BENCH_ROUNDS or 5. The ops mode (exact
# per-operation medians, compare.c's second table) runs first, right
# after boot, for BENCH_OPS_SECONDS (default 40): after the rate modes,
# exec's and fork's medians moved 0.1-0.17% between boots (the state
# those leave differs from boot to boot), first 0.002-0.05%.
# BENCH_KERNELS="A B": the two kernels to compare, A the reference (default
# "base series"; any scripts/apply.sh variant, e.g. variant:NAME for the series
# with bench/variants/NAME.patch on top, to price a design alternative).
# BENCH_KERNELS="variant:exec-ab variant:exec-ab" (one kernel twice): a
# same-boot A/B; the table is, per boot, each op-NAME-old-STAT the kernel
# reported beside op-NAME-STAT (see bench/variants/exec-ab.patch).
# BENCH_CMDLINE: extra kernel arguments of the bench boots (default
# norandmaps: with address-space randomisation, exec's and fork's
# instruction counts moved 0.5% from boot to boot; without it 0.2%).
# BENCH_SMOKE=1 (make test): one boot of the race suite's series kernel
# (build/TREE/kernels/series, from make run), plain TCG, 1 s per benchmark; each
# must complete and report (no lock figure there: no CONFIG_LOCK_STAT).
. "$(dirname "$0")/lib.sh"

rounds=${1:-${BENCH_ROUNDS:-5}}
secs=${BENCH_SECONDS:-2}
read -r -a cmdx <<<"${BENCH_CMDLINE-norandmaps}"
modes=${BENCH_MODES:-ops:${BENCH_OPS_SECONDS:-40},exec,exec-argv,fork,fork-anon,mix,numa,numa-anon,fault,migrate}
smoke=${BENCH_SMOKE:-0}
[[ $rounds =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive number, not '$rounds'"
[[ $secs =~ ^[1-9][0-9]*$ ]] || die "BENCH_SECONDS must be a positive whole number, not '$secs'"
cfg=${BENCH_CONFIG:-perf}
frag=$TOP/bench/Kconfig.$cfg
[ -f "$frag" ] || die "no $frag (BENCH_CONFIG names bench/Kconfig.NAME)"
sfx=${cfg#bench}
sfx=${sfx:+-$sfx}
[ "$TREE_SERIES" = yes ] || die "TREE=$TREE takes no series: make bench compares base and series on the series' tree"
export OBJ=$TB/obj-bench$sfx KERNELS=$TB/bench$sfx/kernels
out=$TB/bench$sfx
lockstat=0
grep -qx 'CONFIG_LOCK_STAT=y' "$frag" && lockstat=1
read -r -a kernels <<<"${BENCH_KERNELS:-base series}"
[ "${#kernels[@]}" = 2 ] || die "BENCH_KERNELS names two kernels, not '${BENCH_KERNELS:-}'"
if [ "${kernels[*]}" != "base series" ]; then
	out=$out-$(vname "${kernels[0]}")-vs-$(vname "${kernels[1]}")
fi
if [ "$smoke" = 1 ]; then
	rounds=1 secs=1 kernels=(series)
	# shellcheck disable=SC2001  # a pattern, not a fixed string
	modes=$(echo "$modes" | sed 's/:[0-9]*/:2/g')
	out=$TB/bench-smoke
	KERNELS=$TB/kernels
	[ -f "$KERNELS/series/bzImage" ] || die "no $KERNELS/series/bzImage: run make run first"
fi
start=$(now)
if [ "$smoke" = 1 ]; then "$TOP/scripts/deps.sh"; else "$TOP/scripts/deps.sh" gnuplot-nox; fi
"$TOP/scripts/tree.sh"

# Build a kernel unless the one in build/bench/kernels came from the same
# diffs and fragments (kernel_stamp, lib.sh).
build() {
	local v=$1 st dir
	dir=$KERNELS/$(vname "$v")
	st=$(kernel_stamp "$v" "$frag")
	if [ -f "$dir/bzImage" ] && [ "$(cat "$dir/stamp" 2>/dev/null)" = "$st" ]; then
		say "bench kernel $v is up to date"
		return
	fi
	"$TOP/scripts/apply.sh" "$v"
	"$TOP/scripts/config.sh" --lean "$frag"
	"$TOP/scripts/build-kernel.sh" "$v"
	# For bloat-o-meter (text per function, base vs series).
	cp "$OBJ/vmlinux" "$dir/vmlinux"
	echo "$st" >"$dir/stamp"
}
[ "$smoke" = 1 ] || for v in "${kernels[@]}"; do build "$v"; done
"$TOP/scripts/initramfs.sh" "$INITRD"

mkdir -p "$out"
raw=$out/raw.tsv
# Nothing of an earlier run may stand beside this one's figures.
rm -rf "$out/runs" "$out"/{table.md,table.txt,bench.png,points.dat,metrics.dat}
: >"$raw"
# Guest seconds in all: MODE:N counts N, MODE counts $secs.
gsecs=$(echo "$modes" | tr , '\n' | awk -F: -v s="$secs" '{ t += NF > 1 ? $2 : s } END { print t }')
wd=$((180 + gsecs * 30))
for r in $(seq "$rounds"); do
	for v in "${kernels[@]}"; do
		dir=$out/runs/$r-$(vname "$v")
		say "round $r/$rounds: $v ($modes, ${secs}s each)"
		t0=$(now)
		accel=${BENCH_ACCEL:-icount}
		if [ "$smoke" = 1 ]; then accel=${BENCH_ACCEL:-}; fi
		ACCEL=$accel "$TOP/scripts/boot.sh" "$KERNELS/$(vname "$v")/bzImage" \
			"$INITRD" "$dir" "$wd" \
			race.tests=none race.bench="$modes" race.bench_seconds="$secs" \
			"${cmdx[@]}"
		res=$(cat "$dir/result")
		[ "$res" = exited ] || die "$v guest $res in round $r (see $dir/console.log)"
		"$TOP/scripts/scan-log.sh" "$dir/console.log" >/dev/null ||
			die "$v kernel splatted in round $r: $("$TOP/scripts/scan-log.sh" "$dir/console.log" | sed -n 1p)"
		for m in $(echo "$modes" | tr , ' ' | sed 's/:[0-9]*//g'); do
			grep -aq "race-suite: end bench:$m 0" "$dir/tap.log" || {
				grep -a "bench: skip $m\|rmap_bench" "$dir/tap.log" >&2 || true
				die "benchmark $m did not complete on $v in round $r (see $dir/tap.log)"
			}
		done
		n0=$(wc -l <"$raw")
		grep -a '^bench: ' "$dir/tap.log" | tr -d '\r' |
			awk -v r="$r" -v k="$v" 'NF == 5 && $3 ~ /^[0-9.eE+-]+$/ { print r, k, $2, $3, $4, $5 }' >>"$raw"
		if [ "$smoke" != 1 ] && [ "$lockstat" = 1 ] && [[ ,$modes, == *,numa,* ]] &&
			! grep -q "^$r $v numa-ptl-hold " "$raw"; then
			die "no PTL hold time from $v in round $r: is CONFIG_LOCK_STAT in its config?"
		fi
		echo "    $(($(wc -l <"$raw") - n0)) figures, $(($(now) - t0)) s"
	done
done

if [ "$smoke" = 1 ]; then
	sed 's/^/    /' "$raw"
	say "benchmark smoke: every benchmark ran ($(($(now) - start)) s)"
	exit 0
fi

# One kernel twice (a same-boot A/B variant, e.g. exec-ab): no two kernels
# to compare; per boot, each op-NAME-old-STAT beside its op-NAME-STAT.
if [ "${kernels[0]}" = "${kernels[1]}" ]; then
	awk '{ v[$3] = v[$3] " " $4 }
		END { for (m in v) if (m ~ /-old-(median|p25|min)$/) {
			n = m; sub(/-old-/, "-", n); if (!(n in v)) continue
			k = split(v[n], a, " "); split(v[m], b, " "); d = ""; t = 0; lo = 1e18; hi = -1e18
			for (i = 1; i <= k; i++) { x = a[i] - b[i]; d = d " " x; t += x; if (x < lo) lo = x; if (x > hi) hi = x }
			printf "%-28s new - old per boot:%s  mean %+.0f (%+.3f%%), spread %d\n", n, d, t / k, 100 * t / k / (b[1] ? b[1] : 1), hi - lo } }' \
		"$raw" | sort | tee "$out/table.txt"
	say "make bench: same-boot A/B of ${kernels[0]}, $((2 * rounds)) boots ($(($(now) - start)) s)"
	exit 0
fi
make -s -C "$TOP/bench" OUTPUT="$out" "$out/compare" >/dev/null
# Text added per function, the largest changes first (the tree's
# scripts/bloat-o-meter on the two vmlinux).
bloat=
if [ -f "$KERNELS/$(vname "${kernels[0]}")/vmlinux" ] && [ -f "$KERNELS/$(vname "${kernels[1]}")/vmlinux" ]; then
	"$(tree_dir)/scripts/bloat-o-meter" "$KERNELS/$(vname "${kernels[0]}")/vmlinux" \
		"$KERNELS/$(vname "${kernels[1]}")/vmlinux" >"$out/bloat.txt" 2>&1 && bloat=$out/bloat.txt
fi
"$out/compare" <"$raw" >"$out/table.md"
{
	echo "make bench: $rounds rounds of ${kernels[0]} and ${kernels[1]}, interleaved, ${secs} s of guest time"
	if [ "$accel" = icount ]; then
		echo "per benchmark, guest clock = instructions (QEMU TCG -icount shift=0), config $cfg"
	else
		echo "per benchmark, QEMU accel $accel (guest clock = wall time), config $cfg"
	fi
	echo
	cat "$out/table.md"
	if [ -n "$bloat" ]; then
		echo
		echo "Text, ${kernels[0]} -> ${kernels[1]} (bloat-o-meter, the 15 largest changes):"
		head -n 17 "$bloat"
	fi
} | tee "$out/table.txt"

# The plot: every run's figure in % of the base's mean, per metric.
awk 'NR == FNR { s[$3" "$2] += $4; n[$3" "$2]++; next }
	!n[$3" "ref] || s[$3" "ref] == 0 { next }
	!($3 in idx) { idx[$3] = ++m; print m, $3 >"'"$out"'/metrics.dat" }
	{ b = s[$3" "ref] / n[$3" "ref];
	  print idx[$3] + ($2 == ref ? -0.12 : 0.12), 100 * ($4 - b) / b, $2 }' ref="${kernels[0]}" \
	"$raw" "$raw" >"$out/points.dat"
if command -v gnuplot >/dev/null; then
	xtics=$(awk '{ printf "%s\"%s\" %d", (NR > 1 ? ", " : ""), $2, $1 }' "$out/metrics.dat")
	gnuplot <<-EOF || warn "gnuplot failed; the table stands"
		set terminal png size 1100,500
		set output "$out/bench.png"
		set title "make bench: each boot's figure, % of the ${kernels[0]} mean (icount guest time)"
		set ylabel "% of ${kernels[0]} mean"
		set xtics ($xtics) rotate by -30
		set xrange [0.5:$(wc -l <"$out/metrics.dat").5]
		set grid ytics
		plot "$out/points.dat" using 1:(strcol(3) eq "${kernels[0]}" ? \$2 : 1/0) with points pt 7 title "${kernels[0]}", \
		     "$out/points.dat" using 1:(strcol(3) eq "${kernels[1]}" ? \$2 : 1/0) with points pt 5 title "${kernels[1]}"
	EOF
	say "plot: $out/bench.png"
fi
say "make bench: $(($(now) - start)) s; raw figures in $raw"
