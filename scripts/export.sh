#!/bin/bash
# export.sh [--no-cover] [OUTDIR]: the series as mails (make mbox), in the
# format git format-patch writes, into OUTDIR (default build/mbox/):
# 0000-cover-letter.patch (unless --no-cover), one numbered mail per patch,
# and all of them in series.mbox.
#  - From: and Signed-off-by: are the exporter's git identity (user.name,
#    user.email); without one, refuse.
#  - A scratch git repository (build/export/repo) gets the unpatched copies
#    of the files the series touches as its base commit, then each patch in
#    series order as a commit: message = the patch's header (Subject and
#    changelog) plus Signed-off-by; the patch's notes (between "---" and
#    the diff) become git notes, mailed below the "---".
#  - The cover letter is cover-letter.txt (first paragraph: the subject),
#    plus the base; refused while its Benchmarks line is the placeholder.
#  - To: (maintainers) and Cc: (reviewers, lists) of each mail from the
#    tree's scripts/get_maintainer.pl --no-git; the cover letter gets them
#    all.
# PREFIX=... sets the subject prefix (default PATCH, e.g. "PATCH v2").
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mail-lib.sh"

cover=1
if [ "${1:-}" = --no-cover ]; then
	cover=0
	shift
fi
out=${1:-$TB/mbox}
prefix=${PREFIX:-PATCH}
PLACEHOLDER='Benchmarks: (to be filled in from make bench)'

git_identity
t=$(tree_dir)
[ -f "$t/Makefile" ] || die "no kernel tree at $t (run scripts/tree.sh)"
if [ $cover -eq 1 ]; then
	[ -f "$TOP/cover-letter.txt" ] || die "no cover-letter.txt"
	if grep -qxF "$PLACEHOLDER" "$TOP/cover-letter.txt"; then
		die "cover-letter.txt still has the line '$PLACEHOLDER':
    fill in its Benchmarks section from make bench before exporting
    (export.sh --no-cover writes the patches alone)"
	fi
fi

version=$(tree_version)
case $version in
[0-9]*.[0-9]*) ;;
*) die "cannot read the kernel version from $t/Makefile (got '$version')" ;;
esac
if [ -n "${KERNEL_SRC:-}" ] && base=$(git -C "$t" rev-parse --verify -q HEAD 2>/dev/null) &&
	[ -z "$(git -C "$t" status --porcelain --untracked-files=no 2>/dev/null | grep -v '^.. \.pc/' || true)" ]; then
	basetext="base-commit: $base"
elif [ -n "${KERNEL_SRC:-}" ]; then
	basetext="Base: Linux $version ($t, no git commit to name)."
else
	basetext="Base: Linux $version as shipped in Debian's $TREE_PACKAGE $TREE_VERSION
(upstream v$version plus Debian's patches). That tree has no git history,
so no base-commit is given."
fi

work=$TB/export
repo=$work/repo
mkdir -p "$work"
say "base: the unpatched files of $t (Linux $version) in $repo"
scratch_base_repo "$repo"

n=0
while read -r p; do
	n=$((n + 1))
	f=$TOP/patches/$p
	# Header: Subject (its [PATCH...] prefix dropped) and changelog, up
	# to the first "---"; notes: after it, up to the diffstat or diff.
	awk -v msg="$work/msg" -v notes="$work/notes" '
		BEGIN { part = 1 }
		part == 1 && /^---$/ { part = 2; next }
		part == 1 && /^Subject: / { sub(/^Subject: */, ""); sub(/^\[[^]]*\] */, ""); subj = $0; next }
		part == 1 && subj == "" { next }
		part == 1 { body[++nb] = $0; next }
		part == 2 && (/^ .*\| +[0-9]+/ || /^ [0-9]+ files? changed/ || /^(diff |--- |Index: |=+$)/) { exit }
		part == 2 { note[++nn] = $0 }
		END {
			if (subj == "") exit 1
			while (nb > 0 && body[nb] == "") nb--
			while (nn > 0 && note[nn] == "") nn--
			s = 1; while (s <= nb && body[s] == "") s++
			printf "%s\n\n", subj > msg
			for (i = s; i <= nb; i++) print body[i] > msg
			for (i = 1; i <= nn; i++) print note[i] > notes
		}' "$f" || die "$p: no Subject: line in its header"
	printf '\nSigned-off-by: %s <%s>\n' "$ME_NAME" "$ME_EMAIL" >>"$work/msg"
	git_repo "$repo" apply --index -p1 "$f" ||
		die "$p does not apply with git apply to the unpatched files (after the patches before it)"
	git_repo "$repo" commit -q -F "$work/msg"
	[ -s "$work/notes" ] && git_repo "$repo" notes add -F "$work/notes"
	rm -f "$work/msg" "$work/notes"
done < <(series_names)
[ $n -gt 0 ] || die "the series is empty"

mkdir -p "$out"
rm -f "$out"/[0-9][0-9][0-9][0-9]-*.patch "$out/series.mbox"
fp=(format-patch -q --numbered --thread=shallow --zero-commit --notes
	--subject-prefix="$prefix" -o "$out")
if [ $cover -eq 1 ]; then
	desc=$(cat "$TOP/cover-letter.txt")
	printf '%s\n\n%s\n' "$desc" "$basetext" >"$work/description"
	git_repo "$repo" config "branch.$(git_repo "$repo" symbolic-ref --short HEAD).description" \
		"$(cat "$work/description")"
	fp+=(--cover-letter --cover-from-description=subject)
fi
git_repo "$repo" "${fp[@]}" "HEAD~$n..HEAD" || die "git format-patch failed"

# To: and Cc: from get_maintainer.pl --no-git (roles without statistics).
gm() { (cd "$t" && perl scripts/get_maintainer.pl --no-git --no-git-fallback --no-rolestats "$@"); }
fold() { # HEADER ADDRESS...: one header, folded like git's
	local h=$1
	shift
	[ $# -gt 0 ] || return 0
	printf '%s: %s' "$h" "$1"
	shift
	local a
	for a in "$@"; do printf ',\n    %s' "$a"; done
	printf '\n'
}
add_headers() { # MAIL TOFILE CCFILE
	local to=() cc=()
	mapfile -t to <"$2"
	mapfile -t cc < <(grep -vxFf "$2" "$3" || true)
	{ fold To "${to[@]}"; fold Cc "${cc[@]}"; } >"$work/hdrs"
	awk -v h="$work/hdrs" '!done && /^Subject: / { while ((getline l < h) > 0) print l; done = 1 } { print }' \
		"$1" >"$work/mail" && mv "$work/mail" "$1"
}
: >"$work/all-to"
: >"$work/all-cc"
for m in "$out"/*.patch; do
	[[ ${m##*/} == 0000-cover-letter.patch ]] && continue
	gm --m --no-r --no-l "$m" >"$work/to" || die "get_maintainer.pl failed on ${m##*/}"
	gm --no-m --r --l "$m" >"$work/cc" || die "get_maintainer.pl failed on ${m##*/}"
	add_headers "$m" "$work/to" "$work/cc"
	cat "$work/to" >>"$work/all-to"
	cat "$work/cc" >>"$work/all-cc"
done
if [ $cover -eq 1 ]; then
	awk '!seen[$0]++' "$work/all-to" >"$work/to"
	awk '!seen[$0]++' "$work/all-cc" >"$work/cc"
	add_headers "$out/0000-cover-letter.patch" "$work/to" "$work/cc"
fi
cat "$out"/*.patch >"$out/series.mbox"
say "exported $n patches$([ $cover -eq 1 ] && echo ' and the cover letter') to $out (series.mbox: all of them)"
ls "$out"
