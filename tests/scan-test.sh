#!/bin/bash
# scan-test.sh: the log scanner against real console logs in tests/scan/:
# each NAME.log must give exactly the first splat line in NAME.expect
# (an empty .expect: no splat, exit 0).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bad=0
for log in "$here"/scan/*.log; do
	exp=${log%.log}.expect
	got=$("$here/../scripts/scan-log.sh" "$log" | head -n 1) && rc=0 || rc=$?
	want=$(cat "$exp")
	if [ "$got" != "$want" ] || { [ -z "$want" ] && [ "$rc" -ne 0 ]; } ||
		{ [ -n "$want" ] && [ "$rc" -ne 1 ]; }; then
		echo "FAIL ${log##*/}: got '$got' (exit $rc), want '$want'"
		bad=1
	else
		echo "ok   ${log##*/}"
	fi
done
exit $bad
