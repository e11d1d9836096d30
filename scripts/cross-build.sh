#!/bin/bash
# cross-build.sh: the race suite builds for arm64 (4K, 16K or 64K pages,
# another STACK_TOP_MAX) against the tree's kselftest headers and vm_util,
# with no compiler warning (-Wall -Wextra). Installs Debian's cross
# compiler and libnuma-dev:arm64 (multiarch) as root.
# Output: build/TREE/cross-arm64/.
. "$(dirname "$0")/lib.sh"

arch=arm64 triplet=aarch64-linux-gnu
if ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
	[ "$(id -u)" -eq 0 ] || die "run as root, or: sudo dpkg --add-architecture $arch"
	say "adding the $arch architecture to dpkg (for libnuma-dev:$arch)"
	dpkg --add-architecture "$arch"
fi
"$TOP/scripts/deps.sh" "gcc-$triplet" "libnuma-dev:$arch"
"$TOP/scripts/tree.sh" >/dev/null
t=$(tree_dir)
out=$TB/cross-$arch
log=$LOGS/cross-$arch.log
rm -rf "$out"
mkdir -p "$out" "$LOGS"
if ! make -C "$TOP/selftests" KSFT_DIR="$t/tools/testing/selftests" OUTPUT="$out" \
	CC="$triplet-gcc" >"$log" 2>&1; then
	tail -n 20 "$log" >&2
	echo "the race suite does not build for $arch (log: $log)" >&2
	exit 1
fi
if grep -E 'warning:|error:' "$log" >&2; then
	echo "the race suite builds for $arch with warnings (log: $log)" >&2
	exit 1
fi
for p in $(make -s -C "$TOP/selftests" list-tests) exec_race_child; do
	file "$out/$p" | grep -q 'ELF.*aarch64' ||
		die "$out/$p is not an $arch program"
done
say "the race suite builds for $arch without warnings ($out)"
