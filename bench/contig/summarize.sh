#!/bin/bash
# summarize.sh DIR...: one row per boot from each DIR/console.log
printf "%-28s %5s %4s %4s %7s %7s %6s %8s %8s %9s %9s %6s\n" boot attempts ok fail med_ms max_ms execs migr_ok migr_fail fail_w_mf fail_no_mf splats
for d in "$@"; do
	c=$d/console.log
	[ -f "$c" ] || continue
	s=$(grep -a '^SUMMARY' "$c" | tr -d '\r')
	[ -n "$s" ] || { printf "%-28s (no SUMMARY)\n" "$(basename $d)"; continue; }
	g() { echo "$s" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
	fw=$(grep -a '^ATT' "$c" | tr -d '\r' | awk '$3==0 && $11~/^migr_fail=/ && $11!="migr_fail=0"' | wc -l)
	fn=$(grep -a '^ATT' "$c" | tr -d '\r' | awk '$3==0 && $11=="migr_fail=0"' | wc -l)
	grep -aq "^ATT.*migr_fail=" "$c" || { fw=-; fn=-; }
	sp=$(grep -a -cE 'WARNING:|BUG:|kernel BUG|Oops|Call Trace' "$c")
	printf "%-28s %5s %4s %4s %7s %7s %6s %8s %8s %9s %9s %6s\n" "$(basename $d)" "$(g attempts)" "$(g ok)" "$(g fail)" \
		"$(g med_ms)" "$(g max_ms)" "$(g execs)" "$(g pgmigrate_success)" "$(g pgmigrate_fail)" "$fw" "$fn" "$sp"
done
