#!/bin/bash
# mbox-check.sh: the exported mails give the quilt tree. Exports the
# patches without the cover letter (export.sh --no-cover, so it works
# before the benchmarks are in), checks that the full export refuses
# while cover-letter.txt has its placeholder, brings the tree to series
# with quilt, then git am's the mails onto a scratch repository of the
# unpatched files and compares every file the series touches, byte for
# byte, with the quilt-applied tree. Needs a git identity, as export does.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mail-lib.sh"

git_identity
t=$(tree_dir)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$TOP/scripts/export.sh" --no-cover "$tmp/mbox" >"$tmp/export.log" 2>&1 ||
	{ cat "$tmp/export.log" >&2; die "export.sh --no-cover failed"; }
n=$(series_names | wc -l)
mails=$(grep -c '^From 0\{40\} ' "$tmp/mbox/series.mbox" || true)
[ "$mails" -eq "$n" ] || die "series.mbox has $mails mails, the series $n patches"

if grep -qxF 'Benchmarks: (to be filled in from make bench)' "$TOP/cover-letter.txt"; then
	if "$TOP/scripts/export.sh" "$tmp/refused" >"$tmp/refused.log" 2>&1 ||
		! grep -q 'fill in its Benchmarks section' "$tmp/refused.log"; then
		cat "$tmp/refused.log" >&2
		die "export.sh did not refuse a cover letter with the Benchmarks placeholder"
	fi
	echo "ok   export refuses while cover-letter.txt has the Benchmarks placeholder"
fi

"$TOP/scripts/apply.sh" series >/dev/null
repo=$tmp/repo
scratch_base_repo "$repo"
git_repo "$repo" am -q --whitespace=nowarn "$tmp/mbox/series.mbox" >"$tmp/am.log" 2>&1 ||
	{ cat "$tmp/am.log" >&2; die "git am of the exported mails failed"; }
[ "$(git_repo "$repo" rev-list --count HEAD)" -eq $((n + 1)) ] ||
	die "git am made $(($(git_repo "$repo" rev-list --count HEAD) - 1)) commits, not $n"
sob="Signed-off-by: $ME_NAME <$ME_EMAIL>"
for c in $(git_repo "$repo" rev-list "HEAD~$n..HEAD"); do
	git_repo "$repo" log -1 --format=%B "$c" | grep -qxF "$sob" ||
		die "commit $(git_repo "$repo" log -1 --format=%s "$c") lacks '$sob'"
done

bad=0 files=0
while read -r f; do
	files=$((files + 1))
	if [ -e "$t/$f" ] && [ -e "$repo/$f" ]; then
		cmp -s "$t/$f" "$repo/$f" || { echo "differs: $f" >&2; bad=1; }
	elif [ -e "$t/$f" ] || [ -e "$repo/$f" ]; then
		echo "only in $([ -e "$t/$f" ] && echo the quilt tree || echo the git am tree): $f" >&2
		bad=1
	fi
done < <(series_files)
[ $bad -eq 0 ] || die "the mails and quilt give different trees (above)"
echo "ok   $n mails (Signed-off-by: $ME_NAME) apply with git am; all $files files equal the quilt-applied tree at $t"
