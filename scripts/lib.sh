#!/bin/bash
# lib.sh: shared settings and helpers, sourced by every script here.
# shellcheck disable=SC2034  # variables are used by the scripts sourcing us

set -euo pipefail

# Run from our Makefile, the verbs' variables ride in MAKEFLAGS into every
# make we call, and kbuild reads "make mutant M=NAME"'s M as an external
# module directory: drop them (their values reach us as arguments).
unset MAKEFLAGS MFLAGS MAKEOVERRIDES

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
JOBS=${JOBS:-$(($(nproc) + 1))}

# die: bad input or a broken step (exit 3); a FAIL verdict exits 1.
die() {
	printf 'error: %s\n' "$*" >&2
	exit 3
}
# shellcheck disable=SC2317  # used by the scripts sourcing us
say() { printf '==> %s\n' "$*"; }
# shellcheck disable=SC2317
warn() { printf 'warning: %s\n' "$*" >&2; }

# The tree (trees.conf): TREE=name, default the first row.
TREES=$TOP/trees.conf
trees_names() { awk '!/^#/ && NF { print $1 }' "$TREES"; }
TREE=${TREE:-$(trees_names | sed -n 1p)}
export TREE
read -r _ TREE_PACKAGE TREE_VERSION TREE_SUITE TREE_SHA256 TREE_SERIES TREE_KCONFIG < <(
	awk -v t="$TREE" '!/^#/ && $1 == t' "$TREES") ||
	die "TREE=$TREE is not in trees.conf (known: $(trees_names | tr '\n' ' '))"
[ "$TREE_KCONFIG" = - ] && TREE_KCONFIG=
# The package's tarball, extracted from the .deb by scripts/fetch.sh, and
# the directory it unpacks to.
TREE_TARBALL=$BUILD/apt/$TREE_PACKAGE.tar.xz
TREE_SRCDIR=$TREE_PACKAGE

# Everything built for a tree lives under build/TREE/.
TB=$BUILD/$TREE
OBJ=${OBJ:-$TB/obj}
KERNELS=${KERNELS:-$TB/kernels}
RUNS=$TB/runs
LOGS=${LOGS:-$TB/logs}
INITRD=$TB/initramfs.cpio.gz
# Mutants of the series' tree in mutants/, of any other tree in
# mutants/TREE/ (its code differs).
if [ "$TREE_SERIES" = yes ]; then
	MUTANTS=$TOP/mutants
else
	MUTANTS=$TOP/mutants/$TREE
fi

# A variant (base, mutant:NAME, base+mutant:NAME, ...) as a file name.
vname() { echo "${1//[:+\/]/_}"; }

# die: bad input or a broken step (exit 3); a FAIL verdict exits 1.
die() {
	printf 'error: %s\n' "$*" >&2
	exit 3
}
# shellcheck disable=SC2317  # used by the scripts sourcing us
say() { printf '==> %s\n' "$*"; }
# shellcheck disable=SC2317
warn() { printf 'warning: %s\n' "$*" >&2; }

# The kernel tree: KERNEL_SRC, or the TREE's package unpacked in build/.
tree_dir() {
	if [ -n "${KERNEL_SRC:-}" ]; then
		(cd "$KERNEL_SRC" && pwd)
	else
		echo "$BUILD/$TREE_SRCDIR"
	fi
}

# Run quilt on the tree with our patches/ and series (or a series file
# given in QSERIES). Patch names in the series are relative to $TOP.
q() {
	local t
	t=$(tree_dir)
	(cd "$t" && QUILT_PATCHES=$TOP QUILT_SERIES=${QSERIES:-$TOP/series} \
		QUILT_PC=.pc quilt --quiltrc=- "$@")
}

# Seconds since the epoch, for timings.
now() { date +%s; }

# Every mutant of the tree with each variant its Applies-on: names, as
# "NAME base|series" lines: the base ones first (switching the tree between
# base and series rebuilds much more than switching mutants).
mutant_runs() {
	local on p m o
	for on in base series; do
		for p in "$MUTANTS"/*.patch; do
			m=$(basename "$p" .patch)
			for o in $(mutant_field "$m" Applies-on); do
				[ "$o" = "$on" ] && echo "$m $on"
			done
		done
	done
	return 0
}

# Read a "Key: value" line from a mutant's header (before the first ---);
# Applies-on defaults to "series".
mutant_field() {
	local v
	v=$(sed -n '/^---/q; s/^'"$2"': *//p' "$MUTANTS/$1.patch" | sed -n 1p)
	[ -z "$v" ] && [ "$2" = Applies-on ] && v=series
	echo "$v"
}

# kernel_stamp VARIANT FRAGMENT...: a checksum of what a kernel of VARIANT is
# built from: the diffs of its patches (changelogs do not count), its mutant
# or variant patch, and the config fragments. A kernel whose stamp file
# holds the same sum need not be rebuilt (make bench, make mmtests).
kernel_stamp() {
	local v=$1 n=0
	shift
	{
		case $v in
		base | base+*) n=0 ;;
		prefix:*) n=${v#prefix:} ;;
		*) n=9999 ;;
		esac
		sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$TOP/series" | grep . | sed -n "1,${n}p" |
			while read -r p; do sed -n '/^--- /,$p' "$TOP/patches/$p" | md5sum; done
		case $v in
		*mutant:*) sed -n '/^--- /,$p' "$MUTANTS/${v#*mutant:}.patch" | md5sum ;;
		*variant:*) sed -n '/^--- /,$p' "$TOP/bench/variants/${v#*variant:}.patch" | md5sum ;;
		esac
		cat "$TOP/Kconfig.fragment" "$@"
	} | md5sum | cut -c1-32
}
