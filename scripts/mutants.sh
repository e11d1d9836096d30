#!/bin/bash
# mutants.sh [N]: run every mutant's test N times (default 10) and print
# a table: mutant, test, detected k/N, median and max time to detect, the
# first splat seen. Exit 1 if any run missed.
. "$(dirname "$0")/lib.sh"

n=${1:-10}
rc=0
rows=()
for p in "$TOP"/mutants/*.patch; do
	m=$(basename "$p" .patch)
	"$TOP/scripts/run-mutant.sh" "$m" "$n" || rc=1
	variant=mutant_$m
	[ "${MUTANT_ON:-$(mutant_field "$m" Applies-on)}" = base ] && variant=base_mutant_$m
	tsv=$BUILD/mutants/$variant.tsv
	k=$(awk -F'\t' '$2 == 1' "$tsv" | wc -l)
	read -r med max < <(awk -F'\t' '$2 == 1 { print $3 }' "$tsv" | sort -n |
		awk '{ v[NR] = $1 } END { if (!NR) { print "- -"; exit }
			m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
			printf "%.1f %.1f\n", m, v[NR] }')
	how=$(awk -F'\t' '$2 == 1 { print $4 }' "$tsv" | sed 's/ at [^ ]*//; s/[0-9a-f]\{8,\}//g' |
		sort | uniq -c | sort -rn | head -n 1 | sed 's/^ *[0-9]* //' | cut -c1-60)
	rows+=("$(printf '%-26s %-16s %5s %8s %8s  %s' "$m" "$(mutant_field "$m" Guarded-by)" "$k/$n" "$med" "$max" "$how")")
done
echo
printf '%-26s %-16s %5s %8s %8s  %s\n' mutant test found 'median s' 'max s' 'splat (most runs)'
printf '%s\n' "${rows[@]}"
exit $rc
