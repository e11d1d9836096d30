#!/bin/bash
# initramfs.sh OUT: build the race suite and the benchmark programs
# (bench/) statically and pack them with busybox-static and scripts/guest-init.sh (as /init) into OUT (gzip
# cpio), using the tree's usr/gen_init_cpio.
. "$(dirname "$0")/lib.sh"

out=${1:?usage: initramfs.sh OUT.cpio.gz}
t=$(tree_dir)
st=$TB/selftests
busybox=$(command -v busybox || echo /bin/busybox)
file -L "$busybox" 2>/dev/null | grep -q 'statically linked' ||
	die "$busybox is not static (apt-get install busybox-static)"

say "building the race suite (selftests/)"
mkdir -p "$LOGS"
make -s -C "$TOP/selftests" KSFT_DIR="$t/tools/testing/selftests" \
	OUTPUT="$st" STATIC=1 >"$LOGS/selftests.log" 2>&1 ||
	{ cat "$LOGS/selftests.log" >&2; die "the race suite does not build (log above)"; }
progs=$(make -s -C "$TOP/selftests" list-progs)
say "building the benchmark programs (bench/)"
make -s -C "$TOP/bench" OUTPUT="$TB/bench/progs" STATIC=1 >"$LOGS/bench-progs.log" 2>&1 ||
	{ cat "$LOGS/bench-progs.log" >&2; die "the benchmark programs do not build (log above)"; }
bprogs=$(make -s -C "$TOP/bench" list-progs)

gen=$TB/gen_init_cpio
if [ ! -x "$gen" ] || [ "$t/usr/gen_init_cpio.c" -nt "$gen" ]; then
	gcc -O2 -o "$gen" "$t/usr/gen_init_cpio.c" || die "cannot build usr/gen_init_cpio"
fi

list=$TB/initramfs.list
{
	for d in /bin /dev /proc /sys /tmp /tests /bench /root; do
		echo "dir $d 0755 0 0"
	done
	echo "nod /dev/console 0600 0 0 c 5 1"
	echo "file /bin/busybox $busybox 0755 0 0"
	echo "slink /bin/sh busybox 0777 0 0"
	echo "file /init $TOP/scripts/guest-init.sh 0755 0 0"
	for p in $progs; do
		echo "file /tests/$p $st/$p 0755 0 0"
	done
	for p in $bprogs; do
		echo "file /bench/$p $TB/bench/progs/$p 0755 0 0"
	done
} >"$list"
"$gen" "$list" | gzip -1 >"$out.tmp.$$" || die "gen_init_cpio failed"
mv "$out.tmp.$$" "$out"
