#!/bin/bash
# config.sh [--lean] [FRAGMENT...]: x86_64 config in build/obj: tinyconfig
# plus Kconfig.fragment, on the series' tree Kconfig.mmtests (what the
# tree's own mm selftests need: make mmtests runs them on the very kernels
# the race suite runs on), the tree's options (trees.conf), then any extra
# fragments, merged with the tree's merge_config.sh. --lean leaves
# Kconfig.mmtests out (make bench: costs of a lean kernel). Every option asked for must be set as asked after
# olddefconfig, else stop and name it (a later fragment overrides an
# earlier one, option by option). Redone only when a fragment changes.
# OBJ (lib.sh) names the build directory: bench kernels use their own.
. "$(dirname "$0")/lib.sh"

t=$(tree_dir)
lean=0
[ "${1:-}" = --lean ] && lean=1 && shift
frags=("$TOP/Kconfig.fragment")
if [ $lean = 0 ] && [ "$TREE_SERIES" = yes ]; then
	frags+=("$TOP/Kconfig.mmtests")
fi
# The tree's own options (trees.conf), as a fragment of their own.
if [ -n "$TREE_KCONFIG" ]; then
	mkdir -p "$TB"
	printf '# trees.conf, TREE=%s\n' "$TREE" >"$TB/tree.fragment"
	printf '%s\n' "${TREE_KCONFIG//,/ }" | tr ' ' '\n' >>"$TB/tree.fragment"
	frags+=("$TB/tree.fragment")
fi
frags+=("$@")
stamp=$OBJ/.fragments.sum
sumnow=$(cat "${frags[@]}" | md5sum | cut -c1-32)
if [ -f "$OBJ/.config" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sumnow" ]; then
	exit 0
fi
mkdir -p "$OBJ" "$LOGS"
say "configuring $OBJ (tinyconfig + ${frags[*]##*/})"
{
	make -C "$t" O="$OBJ" ARCH=x86_64 tinyconfig &&
		"$t/scripts/kconfig/merge_config.sh" -m -O "$OBJ" "$OBJ/.config" "${frags[@]}" &&
		make -C "$t" O="$OBJ" ARCH=x86_64 olddefconfig
} >"$LOGS/config.log" 2>&1 || die "configuration failed, see $LOGS/config.log"

bad=0
while read -r line; do
	case $line in
	CONFIG_*=n) opt=${line%=n}
		grep -q "^$opt=" "$OBJ/.config" && { echo "  $opt: asked off, is $(grep "^$opt=" "$OBJ/.config")" >&2; bad=1; } ;;
	CONFIG_*) grep -qx "$line" "$OBJ/.config" ||
		{ echo "  $line: not set as asked (dependency missing?)" >&2; bad=1; } ;;
	"# CONFIG_"*" is not set") opt=${line#\# }; opt=${opt%% *}
		grep -q "^$opt=" "$OBJ/.config" && { echo "  $opt: asked off, is on" >&2; bad=1; } ;;
	esac
done < <(cat "${frags[@]}" | awk '
	/^CONFIG_/ { k = $0; sub(/=.*/, "", k) }
	/^# CONFIG_.* is not set$/ { k = $2 }
	k != "" { if (!(k in last)) order[++n] = k; last[k] = $0; k = "" }
	END { for (i = 1; i <= n; i++) print last[order[i]] }')
[ $bad -eq 0 ] || die "the kernel config lacks options the fragments ask for (above)"
echo "$sumnow" >"$stamp"
