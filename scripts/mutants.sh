#!/bin/bash
# mutants.sh [N]: run every mutant's test N times (default 10) on each
# variant its Applies-on: line names, booted as kselftest users boot
# (without oops=panic/panic_on_warn), and print a table: mutant, variant,
# test, detected k/N, in how many runs the test itself failed ("by
# test"; the rest were seen on the console only), median and max time to
# detect (0: at boot), the last runs with the panic options (make test's,
# make mutant's) as a second column, the splat seen in most runs.
# Exit 1 if any run missed. MUTANT_PANIC=1: the runs themselves with the
# panic options.
. "$(dirname "$0")/lib.sh"

export MUTANT_PANIC=${MUTANT_PANIC:-0}
n=${1:-10}
rc=0
rows=()
mapfile -t runs < <(mutant_runs)
for r in "${runs[@]}"; do
	read -r m on <<<"$r"
	MUTANT_ON=$on "$TOP/scripts/run-mutant.sh" "$m" "$n" || rc=1
	variant=mutant_$m
	[ "$on" = base ] && variant=base_mutant_$m
	tsv=$TB/mutants/$variant.tsv other=$TB/mutants/$variant.tsv
	[ "$MUTANT_PANIC" = 0 ] && tsv=$TB/mutants/$variant.nopanic.tsv
	# The second column: the last runs with the panic options.
	panic=-
	if [ "$MUTANT_PANIC" = 0 ] && [ -s "$other" ]; then
		panic=$(awk -F'\t' '$2 == 1 { k++ } END { printf "%d/%d", k, NR }' "$other")
	fi
	bytest=$(awk -F'\t' '$2 == 1 && $5 ~ /^test/' "$tsv" | wc -l)
	k=$(awk -F'\t' '$2 == 1' "$tsv" | wc -l)
	read -r med max < <(awk -F'\t' '$2 == 1 { print $3 }' "$tsv" | sort -n |
		awk '{ v[NR] = $1 } END { if (!NR) { print "- -"; exit }
			m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
			printf "%.1f %.1f\n", m, v[NR] }')
	how=$(awk -F'\t' '$2 == 1 { print $4 }' "$tsv" | sed 's/+0x.*//; s/CPU: [0-9]* PID: [0-9]* //' |
		sort | uniq -c | sort -rn | sed -n 1p | sed 's/^ *[0-9]* //' | cut -c1-70)
	rows+=("$(printf '%-26s %-6s %-16s %5s %7s %8s %8s %7s  %s' "$m" "$on" "$(mutant_field "$m" Guarded-by)" "$k/$n" "$bytest/$n" "$med" "$max" "$panic" "$how")")
done
echo
printf '%-26s %-6s %-16s %5s %7s %8s %8s %7s  %s\n' mutant on test found 'by test' 'median s' 'max s' 'panic' 'how (most runs)'
printf '%s\n' "${rows[@]}"
exit $rc
