#!/bin/bash
# maintainers-check.sh: check MAINTAINERS.snippet, the entry offered for
# the files the series adds, with the tree's own tooling:
#  - its F: lines are exactly the files the series creates;
#  - an M: line, if any, is the git identity of whoever runs this (no
#    one else may be named a maintainer here);
#  - merged into a scratch copy of the tree's MAINTAINERS at the place
#    scripts/parse-maintainers.pl sorts it to, parse-maintainers.pl --order
#    gives the entry back unchanged (fields and patterns in order);
#  - checkpatch.pl --strict has nothing to say about that MAINTAINERS
#    change;
#  - get_maintainer.pl --no-git finds the entry for every added file.
. "$(dirname "$0")/lib.sh"

t=$(tree_dir)
snip=$TOP/MAINTAINERS.snippet
[ -f "$snip" ] || die "no MAINTAINERS.snippet"
[ -f "$t/MAINTAINERS" ] || die "no $t/MAINTAINERS (run scripts/tree.sh)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0
fail() {
	echo "MAINTAINERS.snippet: $*" >&2
	bad=1
}

name=$(head -n 1 "$snip")
if ! [[ $name =~ ^[A-Z0-9] ]] || [[ $name =~ ^[A-Z]: ]]; then
	fail "first line must be the entry's name, not '$name'"
fi
tail -n +2 "$snip" | grep -vqP '^[A-Z]:\t\S' && fail "lines after the name must be 'X:<tab>value'"

# F: lines against the files the series' patches create.
created=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$TOP/series" | grep . | while read -r p; do
	awk '/^diff --git /{f=$4; sub(/^b\//, "", f)} /^new file mode/{print f}' "$TOP/patches/$p"
done | LC_ALL=C sort)
listed=$(sed -n 's/^F:\t//p' "$snip" | LC_ALL=C sort)
[ "$created" = "$listed" ] ||
	fail "F: lines differ from the files the series creates:$(diff <(echo "$listed") <(echo "$created") | grep '^[<>]' | sed 's/^/ /' | tr '\n' ' ')"

# M: only the exporter's own git identity.
me="$(git -C "$TOP" config user.name 2>/dev/null || true) <$(git -C "$TOP" config user.email 2>/dev/null || true)>"
while IFS= read -r m; do
	[ "$m" = "$me" ] || fail "M: $m is not the git identity of whoever runs this ($me)"
done < <(sed -n 's/^M:\t//p' "$snip")

# Merge at the sorted place: parse-maintainers.pl sorts a copy with the
# entry appended; the entry goes before the one that follows it there.
cp "$t/MAINTAINERS" "$tmp/pristine"
{ cat "$tmp/pristine"; echo; cat "$snip"; } >"$tmp/appended"
(cd "$tmp" && perl "$t/scripts/parse-maintainers.pl" --input=appended --output=sorted) ||
	die "parse-maintainers.pl failed on the tree's MAINTAINERS plus the snippet"
next=$(awk -v n="$name" 'found && prev == "" && $0 != "" && $0 !~ /^[A-Z]:/ { print; exit }
	$0 == n { found = 1 } { prev = $0 }' "$tmp/sorted")
[ -n "$next" ] || die "cannot place '$name' in MAINTAINERS"
[ "$(grep -cxF -- "$next" "$tmp/pristine")" -eq 1 ] || die "'$next' is not a unique line of MAINTAINERS"
awk -v n="$next" -v s="$snip" '$0 == n { while ((getline l < s) > 0) print l; print "" } { print }' \
	"$tmp/pristine" >"$tmp/MAINTAINERS"
echo "merged before '$next' (line $(grep -nxF -- "$name" "$tmp/MAINTAINERS" | cut -d: -f1) of the scratch MAINTAINERS)"

# parse-maintainers.pl --order must give the entry back as it is.
(cd "$tmp" && perl "$t/scripts/parse-maintainers.pl" --input=MAINTAINERS --output=rest \
	--section=section --order "^$name\$") || die "parse-maintainers.pl --order failed"
cmp -s "$snip" "$tmp/section" ||
	fail "not in parse-maintainers.pl --order form:$(diff "$snip" "$tmp/section" | sed 's/^/ /' | tr '\n' ' ')"

# checkpatch.pl --strict on the MAINTAINERS change.
(cd "$tmp" && mkdir -p a b && cp pristine a/MAINTAINERS && cp MAINTAINERS b/MAINTAINERS &&
	{
		printf 'Subject: [PATCH] MAINTAINERS: %s\n\nAdd the entry.\n---\n' "$name"
		diff -u --label a/MAINTAINERS --label b/MAINTAINERS a/MAINTAINERS b/MAINTAINERS || true
	} >maint.patch)
cpout=$(cd "$tmp" && { "$t/scripts/checkpatch.pl" --strict --no-signoff --no-tree maint.patch 2>&1 || true; })
if grep -qE '^(ERROR|WARNING|CHECK):' <<<"$cpout"; then
	fail "checkpatch.pl --strict on the MAINTAINERS change:"
	printf '%s\n' "$cpout" | sed 's/^/    /' >&2
fi

# get_maintainer.pl --no-git, with the scratch MAINTAINERS, on each file.
mkdir -p "$tmp/files"
for f in $created; do
	mkdir -p "$tmp/files/$(dirname "$f")"
	: >"$tmp/files/$f"
	out=$(cd "$tmp/files" && perl "$t/scripts/get_maintainer.pl" --mpath "$tmp/MAINTAINERS" \
		--no-tree --no-git --no-git-fallback --sections -f "$f" 2>&1) ||
		{ fail "get_maintainer.pl failed on $f: $out"; continue; }
	grep -qxF -- "$name" <<<"$out" || fail "get_maintainer.pl does not find '$name' for $f"
done
if [ $bad -eq 0 ]; then
	f=$(sed -n 1p <<<"$created")
	echo "get_maintainer.pl --no-git --sections -f $f, the entries it finds:"
	(cd "$tmp/files" && perl "$t/scripts/get_maintainer.pl" --mpath "$tmp/MAINTAINERS" \
		--no-tree --no-git --no-git-fallback --sections -f "$f") |
		awk 'prev == "" && $0 != "" && $0 !~ /^[A-Z]:/ { print "    " $0 } { prev = $0 }'
	echo "ok   MAINTAINERS.snippet: sorted place, parse-maintainers --order form, checkpatch clean, found for $(echo "$created" | wc -l) files"
fi
exit $bad
