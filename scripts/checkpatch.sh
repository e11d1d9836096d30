#!/bin/bash
# checkpatch.sh: the tree's checkpatch.pl --strict on every patch of the
# series. Fails on any error, warning or check except "Unknown commit id"
# (Debian's tree has no git history to look cited commits up in), the
# missing Signed-off-by (added at export, from the exporter's identity),
# and the exceptions a patch justifies itself: a line
#   checkpatch: TYPE: reason
# in its notes (after the "---" line, before the diff; git am drops them,
# export.sh mails them as notes). An exception no longer needed fails too.
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
	out=$(cd "$tmp" && { "$t/scripts/checkpatch.pl" --strict --show-types --no-signoff --no-tree "$p" || true; })
	allowed=$(sed -n '/^---$/,/^\(diff \|--- \|Index: \)/s/^checkpatch: \([A-Z_]*\): ..*/\1/p' "$TOP/patches/$p" | sort -u)
	found=$(printf '%s\n' "$out" | grep -E '^(ERROR|WARNING|CHECK):' |
		grep -v 'Unknown commit id' || true)
	issues=$(printf '%s\n' "$found" | grep . | grep -vE "^[A-Z]+:($(echo "$allowed" | paste -sd '|' -)):" || true)
	[ -n "$allowed" ] || issues=$found
	unused=()
	for a in $allowed; do
		grep -q "^[A-Z]*:$a:" <<<"$found" || unused+=("$a")
	done
	if [ -n "$issues" ] || [ ${#unused[@]} -gt 0 ]; then
		echo "$p:"
		printf '%s\n' "$out" | sed 's/^/    /'
		[ ${#unused[@]} -eq 0 ] ||
			echo "    exceptions in the patch that checkpatch no longer reports: ${unused[*]}"
		bad=1
	else
		ex=""
		for a in $allowed; do
			ex="$ex, $a x$(printf '%s\n' "$found" | grep -c "^[A-Z]*:$a:")"
		done
		echo "ok   $p ($(printf '%s\n' "$out" | grep -c 'Unknown commit id') cited commits not checkable${ex:+; justified in the patch: ${ex#, }})"
	fi
done < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$TOP/series" | grep .)
exit $bad
