#!/bin/bash
# bisect.sh: every prefix of the series builds (bisectability): for
# N = 1..number of patches, scripts/apply.sh prefix:N, config.sh and
# build-kernel.sh prefix:N (one build directory, so each build is
# incremental). A prefix whose last patch changes only files under tools/
# is skipped: the kernel it builds is the previous prefix's (the selftests
# patch; its tests are built by selftests-patch.sh's users and by
# initramfs.sh). The tree is left at series, also after a failure.
. "$(dirname "$0")/lib.sh"

mapfile -t names < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$TOP/series" | grep .)
[ ${#names[@]} -gt 0 ] || die "the series is empty"
trap '"$TOP/scripts/apply.sh" series >/dev/null || warn "could not bring the tree back to series"' EXIT

start=$(now)
built=() skipped=()
for i in "${!names[@]}"; do
	n=$((i + 1))
	p=${names[$i]}
	touched=$(awk '/^(---|\+\+\+) [ab]\// { f = $2; sub(/^[ab]\//, "", f); print f }' "$TOP/patches/$p" | sort -u)
	[ -n "$touched" ] || die "$p touches no file"
	if ! printf '%s\n' "$touched" | grep -qv '^tools/'; then
		say "prefix:$n ($p): skipped, it changes only tools/ (the kernel is prefix:$((n - 1))'s)"
		skipped+=("prefix:$n")
		continue
	fi
	t0=$(now)
	"$TOP/scripts/apply.sh" "prefix:$n"
	"$TOP/scripts/config.sh"
	"$TOP/scripts/build-kernel.sh" "prefix:$n"
	built+=("prefix:$n $(($(now) - t0)) s")
done
"$TOP/scripts/apply.sh" series
trap - EXIT
summary=$(printf '%s, ' "${built[@]}")
say "every prefix builds ($(($(now) - start)) s): ${summary%, }${skipped:+; skipped (tools/ only): ${skipped[*]}}"
