#!/bin/bash
# verdict.sh OUTDIR TESTS: one line per test from the guest's TAP (its exit
# status: 0 pass, 4 skip, else fail; no end marker: no result), then the
# console scan. PASS only if every test passed (or skipped, unless
# STRICT=1), the guest ended by itself, and the console has no splat.
. "$(dirname "$0")/lib.sh"

outdir=${1:?usage: verdict.sh OUTDIR "TESTS"}
tests=${2:?}
tap=$outdir/tap.log con=$outdir/console.log
ok=1 skipped=0
echo "---- verdict: $outdir ($(cat "$outdir/accel" 2>/dev/null || echo '?'))"
for t in $tests; do
	rc=$(tr -d '\r' <"$tap" 2>/dev/null | sed -n "s/^# race-suite: end $t \([0-9]*\)$/\1/p" | tail -n 1)
	case $rc in
	0) v=PASS ;;
	4) v=SKIP skipped=$((skipped + 1))
	   [ "${STRICT:-0}" = 1 ] && ok=0 ;;
	"") v="NO RESULT"; ok=0 ;;
	*) v="FAIL ($rc)"; ok=0 ;;
	esac
	printf '  %-28s %s\n' "$t" "$v"
	# Say why a test did not pass: its diagnostics and not-ok lines.
	if [ "$v" != PASS ]; then
		tr -d '\r' <"$tap" | sed -n "/^# race-suite: start $t\$/,/^# race-suite: end $t /p" |
			{ grep -aE '^ *# .*(SKIP|Expected|fail|FAIL|:)|^ *not ok|^1\.\.0 # SKIP' || true; } |
			{ grep -v race-suite || true; } | tail -n 6 | sed 's/^/      /'
	fi
done
result=$(cat "$outdir/result" 2>/dev/null || echo missing)
if [ "$result" != exited ]; then
	echo "  guest: $result"
	ok=0
fi
if splats=$("$TOP/scripts/scan-log.sh" "$con"); then
	echo "  console: no kernel splat"
else
	ok=0
	echo "  console: kernel splat; first lines:"
	printf '%s\n' "$splats" | sed -n '1,3s/^/      /p'
	first=$(grep -m 1 -anE 'BUG:|kernel BUG at|WARNING:|Oops' "$con" | cut -d: -f1)
	[ -n "$first" ] && sed -n "$first,$((first + 25))p" "$con" | grep -aE ' (RIP|Call Trace|  [a-z_]+\+0x)' |
		sed -n '1,12s/^/      /p'
fi
if [ $ok = 1 ]; then
	n=$(echo "$tests" | wc -w)
	if [ "$skipped" = "$n" ]; then
		echo "VERDICT: PASS, but every test skipped: nothing was tested (reasons above)"
	elif [ "$skipped" != 0 ]; then
		echo "VERDICT: PASS ($skipped of $n skipped, reasons above)"
	else
		echo "VERDICT: PASS"
	fi
else
	echo "VERDICT: FAIL (console: $con)"
	exit 1
fi
