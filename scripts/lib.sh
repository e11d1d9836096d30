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
OBJ=${OBJ:-$BUILD/obj}
KERNELS=${KERNELS:-$BUILD/kernels}
RUNS=$BUILD/runs
LOGS=$BUILD/logs
DEB_TARBALL=${DEB_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
JOBS=${JOBS:-$(($(nproc) + 1))}

# A variant (base, mutant:NAME, base+mutant:NAME, ...) as a file name.
vname() { echo "${1//[:+\/]/_}"; }

say() { printf '==> %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
# die: bad input or a broken step (exit 3); a FAIL verdict exits 1.
die() {
	printf 'error: %s\n' "$*" >&2
	exit 3
}

# The kernel tree: KERNEL_SRC, or Debian's linux-source-6.12 unpacked in build/.
tree_dir() {
	if [ -n "${KERNEL_SRC:-}" ]; then
		(cd "$KERNEL_SRC" && pwd)
	else
		echo "$BUILD/linux-source-6.12"
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

# Read a "Key: value" line from a mutant's header (before the first ---);
# Applies-on defaults to "series".
mutant_field() {
	local v
	v=$(sed -n '/^---/q; s/^'"$2"': *//p' "$TOP/mutants/$1.patch" | head -n 1)
	[ -z "$v" ] && [ "$2" = Applies-on ] && v=series
	echo "$v"
}
