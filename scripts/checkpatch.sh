#!/bin/bash
# checkpatch.sh: the tree's checkpatch.pl --strict on every patch of the
# series. Fails on any error, warning or check except "Unknown commit id"
# (Debian's tree has no git history to look cited commits up in) and the
# missing Signed-off-by (added at export, from the exporter's identity).
. "$(dirname "$0")/lib.sh"

t=$(tree_dir)
[ -x "$t/scripts/checkpatch.pl" ] || die "no $t/scripts/checkpatch.pl"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0
while read -r p; do
	# A copy outside the project's git work tree: checkpatch looks at
	# the git tree around the file it is given.
	cp "$TOP/patches/$p" "$tmp/$p"
	out=$(cd "$tmp" && { "$t/scripts/checkpatch.pl" --strict --no-signoff --no-tree "$p" || true; })
	issues=$(printf '%s\n' "$out" | grep -E '^(ERROR|WARNING|CHECK):' |
		grep -v 'Unknown commit id' || true)
	if [ -n "$issues" ]; then
		echo "$p:"
		printf '%s\n' "$out" | sed 's/^/    /'
		bad=1
	else
		echo "ok   $p ($(printf '%s\n' "$out" | grep -c 'Unknown commit id') cited commits not checkable)"
	fi
done < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$TOP/series" | grep .)
exit $bad
