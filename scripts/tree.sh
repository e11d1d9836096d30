#!/bin/bash
# tree.sh: make the kernel tree ready and print its version.
# Default: the TREE's package (trees.conf), fetched by fetch.sh and
# unpacked into build/ once.
# KERNEL_SRC=dir: use that tree in place; refuse one with foreign quilt
# state or local changes under the paths our patches touch.
. "$(dirname "$0")/lib.sh"

t=$(tree_dir)
if [ -n "${KERNEL_SRC:-}" ]; then
	{ [ -f "$t/Makefile" ] && [ -f "$t/mm/rmap.c" ]; } ||
		die "KERNEL_SRC=$KERNEL_SRC is not a kernel tree (no Makefile, mm/rmap.c)"
	if [ -f "$t/.pc/.quilt_patches" ] &&
		[ "$(cat "$t/.pc/.quilt_patches")" != "$TOP" ]; then
		die "$t has quilt state from elsewhere ($(cat "$t/.pc/.quilt_patches")); pop it first"
	fi
	if [ ! -d "$t/.pc" ] && git -C "$t" rev-parse 2>/dev/null &&
		[ -n "$(git -C "$t" status --porcelain -- mm include/linux fs/exec.c kernel/fork.c)" ]; then
		die "$t has local changes under mm/ include/linux/ fs/exec.c kernel/fork.c; commit or stash them"
	fi
elif [ ! -f "$t/.unpacked" ]; then
	"$TOP/scripts/fetch.sh"
	say "unpacking $TREE_TARBALL into $BUILD"
	rm -rf "$t"
	tar -C "$BUILD" -xf "$TREE_TARBALL" --checkpoint=20000 --checkpoint-action=dot
	echo
	[ -f "$t/Makefile" ] || die "$TREE_TARBALL did not unpack to $t"
	touch "$t/.unpacked"
fi
v=$(make -s -C "$t" kernelversion) || die "cannot read the kernel version of $t"
want=${TREE_VERSION%%-*}
want=${want//\~/-}
case ${v/.0-rc/-rc} in
"$want") ;;
*) warn "$t is $v, not $want: trees.conf's TREE=$TREE is $TREE_PACKAGE $TREE_VERSION" ;;
esac
say "tree: $t ($v)"
