#!/bin/bash
# mail-lib.sh: what export.sh and mbox-check.sh share, sourced after lib.sh.
# shellcheck disable=SC2034  # variables are used by the scripts sourcing us

# The series' patch names, in order.
series_names() {
	sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$TOP/series" | grep .
}

# Every file a patch of the series touches, once, in order of first use.
series_files() {
	local p
	series_names | while read -r p; do
		awk '/^(---|\+\+\+) [ab]\// { f = $2; sub(/^[ab]\//, "", f); print f }' "$TOP/patches/$p"
	done | awk '!seen[$0]++'
}

# pristine_files DEST: the series' files as they are in the unpatched
# tree, copied to DEST (same relative paths; files the series creates are
# left out). Quilt's backup from the first applied patch that touched a
# file is its pristine copy (an empty backup: the file did not exist).
pristine_files() {
	local dst=$1 t f p found
	t=$(tree_dir)
	[ -f "$t/Makefile" ] || die "no kernel tree at $t (run scripts/tree.sh)"
	local applied=()
	[ -f "$t/.pc/applied-patches" ] && mapfile -t applied <"$t/.pc/applied-patches"
	while read -r f; do
		found=
		for p in "${applied[@]}"; do
			if [ -e "$t/.pc/$p/$f" ]; then
				found=$t/.pc/$p/$f
				break
			fi
		done
		if [ -n "$found" ]; then
			[ -s "$found" ] || continue
		elif [ -e "$t/$f" ]; then
			found=$t/$f
		else
			continue
		fi
		mkdir -p "$dst/$(dirname "$f")"
		cp "$found" "$dst/$f"
	done < <(series_files)
}

# The exporter's git identity in ME_NAME, ME_EMAIL; refuse without one.
git_identity() {
	ME_NAME=$(git -C "$TOP" config user.name 2>/dev/null || true)
	ME_EMAIL=$(git -C "$TOP" config user.email 2>/dev/null || true)
	if [ -z "$ME_NAME" ] || [ -z "$ME_EMAIL" ]; then
		die "no git identity (user.name and user.email): the mails' From: and Signed-off-by: are yours, taken from it. Set it with
    git config --global user.name 'Your Name'
    git config --global user.email you@example.org"
	fi
}

# Kernel version from the tree's Makefile, as upstream tags it:
# VERSION.PATCHLEVEL[.SUBLEVEL unless 0] plus EXTRAVERSION (7.3-rc7, 6.12.117).
tree_version() {
	awk -F' *= *' '$1 == "VERSION" { v = $2 } $1 == "PATCHLEVEL" { p = $2 }
		$1 == "SUBLEVEL" { s = $2 } $1 == "EXTRAVERSION" { e = $2; exit }
		END { printf "%s.%s%s%s\n", v, p, s == 0 ? "" : "." s, e }' "$(tree_dir)/Makefile"
}

# A scratch git repository at $1 holding the pristine files, committed as
# the base (author and committer: the exporter's identity).
scratch_base_repo() {
	local repo=$1
	rm -rf "$repo"
	mkdir -p "$repo"
	GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 git init -q "$repo"
	pristine_files "$repo"
	git_repo "$repo" add -A
	git_repo "$repo" commit -q -m "Linux $(tree_version): the files the series touches, unpatched"
}

# git in the scratch repository $1, as the exporter, without the user's
# or the system's git settings (format.to, hooks, ...): the same mails
# for everyone.
git_repo() {
	local repo=$1
	shift
	GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 \
		git -C "$repo" -c user.name="$ME_NAME" -c user.email="$ME_EMAIL" \
		-c commit.gpgsign=false -c core.autocrlf=false -c core.abbrev=12 \
		-c format.signOff=false -c am.threeWay=false "$@"
}
