#!/bin/bash
# apply.sh VARIANT: bring the tree to VARIANT with quilt, no fuzz.
#   base                 nothing applied
#   series               our series (patches/ listed in series)
#   prefix:N             the first N patches of the series (bisection)
#   mutant:NAME          series, then mutants/NAME.patch
#   base+mutant:NAME     mutants/NAME.patch on the bare base
#   variant:NAME         series, then bench/variants/NAME.patch (a design
#                        alternative to price with make bench, not a mutant)
#   base+variant:NAME    bench/variants/NAME.patch on the bare base
# Only what differs from the current state is popped and pushed. A patch
# that does not apply is named with its failing hunk, and the tree is put
# back as it was (exit 3).
. "$(dirname "$0")/lib.sh"

variant=${1:?usage: apply.sh base|series|prefix:N|mutant:NAME|base+mutant:NAME|variant:NAME|base+variant:NAME}
t=$(tree_dir)
qdir=$TB/quilt
mkdir -p "$qdir"
state=$qdir/applied.$(echo "$t" | md5sum | cut -c1-8)

series_patches() {
	[ -f "$TOP/series" ] || return 0
	sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$TOP/series" | grep . |
		sed 's|^|patches/|' || true
}

want=()
case $variant in
base) ;;
series) mapfile -t want < <(series_patches) ;;
prefix:*)
	k=${variant#prefix:}
	mapfile -t want < <(series_patches)
	if ! [[ $k =~ ^[0-9]+$ ]] || [ "$k" -gt ${#want[@]} ]; then
		die "prefix:$k: the series has ${#want[@]} patches"
	fi
	want=("${want[@]:0:k}")
	;;
mutant:* | base+mutant:*)
	m=${variant#*mutant:}
	[ -f "$MUTANTS/$m.patch" ] || die "no mutant $m (${MUTANTS#"$TOP"/}/$m.patch)"
	[ "${variant%%+*}" = base ] || mapfile -t want < <(series_patches)
	want+=("${MUTANTS#"$TOP"/}/$m.patch")
	;;
variant:* | base+variant:*)
	m=${variant#*variant:}
	[ -f "$TOP/bench/variants/$m.patch" ] || die "no variant $m (bench/variants/$m.patch)"
	[ "${variant%%+*}" = base ] || mapfile -t want < <(series_patches)
	want+=("bench/variants/$m.patch")
	;;
*) die "unknown variant '$variant' (base, series, prefix:N, mutant:NAME, base+mutant:NAME, variant:NAME, base+variant:NAME)" ;;
esac

if [ "$TREE_SERIES" != yes ] && [ "$variant" != base ] && [ "${variant#base+}" = "$variant" ]; then
	die "TREE=$TREE takes no series (trees.conf): only base and base+mutant:NAME"
fi
for p in "${want[@]}"; do
	[ -f "$TOP/$p" ] || die "series names $p, which does not exist"
done

# What is applied now, as "name sum" lines; quilt's own record must agree.
have=()
[ -f "$state" ] && mapfile -t have <"$state"
qapplied=$(q applied 2>/dev/null || true)
if [ "$(printf '%s\n' "${have[@]%% *}" | grep . || true)" != "$qapplied" ]; then
	[ -z "$qapplied" ] || [ -f "$state" ] ||
		die "$t has quilt patches applied that this pipeline did not apply; run quilt pop -a there"
	[ -z "$qapplied" ] || die "quilt state of $t disagrees with $state; run 'quilt pop -af' there and remove $state"
	have=()
fi

sum() { md5sum <"$TOP/$1" | cut -c1-32; }

# Longest prefix both lists share (same patch, same content).
keep=0
while [ "$keep" -lt ${#have[@]} ] && [ "$keep" -lt ${#want[@]} ] &&
	[ "${have[$keep]}" = "${want[$keep]} $(sum "${want[$keep]}")" ]; do
	keep=$((keep + 1))
done

# Touch the files a patch changes, so make rebuilds them after quilt
# restored older backups.
touch_files() {
	local f
	for f in $(QSERIES=$qdir/series q files "$1" 2>/dev/null); do
		[ -e "$t/$f" ] && touch "$t/$f"
	done
	return 0
}

write_series() { printf '%s\n' "$@" >"$qdir/series"; }

pop_to() { # pop until $1 patches of $state remain
	local n=${#have[@]}
	write_series "${have[@]%% *}"
	while [ "$n" -gt "$1" ]; do
		n=$((n - 1))
		local p=${have[$n]%% *}
		touch_files "$p"
		QSERIES=$qdir/series q pop -fq >/dev/null ||
			die "quilt pop of $p failed in $t"
		touch_files "$p"
		unset 'have[$n]'
		printf '%s\n' "${have[@]}" | grep . >"$state" || : >"$state"
	done
}

push_list() { # push $@ (names) on top of what is applied
	local p out
	write_series "${have[@]%% *}" "$@"
	for p in "$@"; do
		if ! out=$(QSERIES=$qdir/series q push --fuzz=0 2>&1); then
			printf 'error: %s does not apply to %s:\n' "$p" "$t" >&2
			printf '%s\n' "$out" | grep -E "^patching file|Hunk|FAILED|can.t find|No file|does not apply" |
				sed 's/^/    /' >&2
			return 1
		fi
		have+=("$p $(sum "$p")")
		printf '%s\n' "${have[@]}" >"$state"
		touch_files "$p"
	done
}

old=("${have[@]%% *}")
oldkeep=("${have[@]:keep}")
if [ ${#have[@]} -gt "$keep" ] || [ ${#want[@]} -gt "$keep" ]; then
	pop_to "$keep"
	if ! push_list "${want[@]:keep}"; then
		# Put the tree back as it was: pop what we pushed, push the old ones.
		pop_to "$keep"
		restore=()
		for l in "${oldkeep[@]}"; do restore+=("${l%% *}"); done
		push_list "${restore[@]}" >/dev/null 2>&1 ||
			warn "could not restore ${restore[*]}; the tree is at its first $keep patches"
		die "tree left as it was (${old[*]:-base})"
	fi
fi
say "tree at $variant (${#want[@]} patches)"
