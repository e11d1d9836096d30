#!/bin/bash
# mm-initramfs.sh SRC GUESTDIR MODULES IMG: a guest initramfs for the
# tree's mm selftests (make mmtests) or an installed kselftest tree (make
# kselftest): busybox, bash, kmod's modprobe (busybox's has no -n, which
# run_vmtests.sh's memory-failure check uses), procps's ps and pgrep,
# psmisc's killall, a sudo for run_vmtests.sh's "sudo -u nobody"
# (guest-sudo.sh), coreutils' timeout (kselftest's runner enforces the
# settings timeout with it), GNU gzip and /boot/config-RELEASE (from
# MODULES/../config), the
# files of SRC at GUESTDIR with the shared libraries they link, and
# libgcc_s.so.1, which glibc loads at run time for pthread_cancel()
# (migration); the kernel's modules from MODULES (its lib/modules tree, if
# any); guest-init.sh as /init.
. "$(dirname "$0")/lib.sh"

[ $# = 4 ] || die "usage: mm-initramfs.sh SRC GUESTDIR MODULES IMG"
src=$1 gdir=$2 m=$3 img=$4
[ -d "$src" ] || die "no $src"
t=$(tree_dir)
gen=$TB/gen_init_cpio
list=$img.list
busybox=$(command -v busybox || echo /bin/busybox)
bash_static=/bin/bash-static
[ -x "$bash_static" ] || die "no $bash_static (apt-get install bash-static)"
kmod=$(command -v kmod) || die "no kmod (apt-get install kmod)"
# procps's ps: charge_reserved_hugetlb.sh polls "ps PID" for its writer,
# and busybox's ps ignores the PID and always succeeds (the test then
# waits forever for a writer that has died).
ps=$(command -v ps) || die "no ps (apt-get install procps)"
# and procps's pgrep: the same test finds its writers with "pgrep -f",
# which Debian's busybox-static does not have (the writers were then
# never stopped, and every later case waited on their mounts).
pgrep=$(command -v pgrep) || die "no pgrep (apt-get install procps)"
timeout=$(command -v timeout) || die "no timeout (coreutils)"
# psmisc's killall: charge_reserved_hugetlb.sh stops its writers with
# "killall -2 --wait", which busybox's killall does not know (the writer
# then lives on and every later case waits on it).
killall=$(command -v killall) || die "no killall (apt-get install psmisc)"
# GNU gzip and the kernel's config at /boot/config-RELEASE, as a
# distribution has them: va_high_addr_switch.sh reads the config (no
# /proc/config.gz in these kernels) with "gzip -dcfq", which passes plain
# text through; busybox's gzip refuses it.
gzip=$(command -v gzip) || die "no gzip"
kdir=$(dirname "$m")
rel=$({ find "$m/lib/modules" -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null || true; } | head -n 1)
[ -n "$rel" ] || rel=$({ file -bL "$kdir/bzImage" 2>/dev/null || true; } | sed -n 's/.*version \([^ ]*\).*/\1/p')
# (awk reads to the end: an early exit would leave ldconfig writing into a
# closed pipe, and its SIGPIPE ends this script under pipefail.)
libgcc=$(ldconfig -p | awk '/libgcc_s\.so\.1 \(libc6,x86-64\)/ && l == "" { l = $NF } END { print l }')
[ -n "$libgcc" ] || die "no 64-bit libgcc_s.so.1 (ldconfig -p)"
[ -x "$gen" ] || gcc -O2 -o "$gen" "$t/usr/gen_init_cpio.c" || die "cannot build usr/gen_init_cpio"
passwd=$(mktemp)
trap 'rm -f "$passwd"' EXIT
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n' >"$passwd"
{
	for d in /bin /dev /proc /sys /tmp /root /etc /lib /lib64 /usr /usr/bin "$gdir"; do
		echo "dir $d 0755 0 0"
	done
	echo "nod /dev/console 0600 0 0 c 5 1"
	echo "file /bin/busybox $busybox 0755 0 0"
	echo "slink /bin/sh busybox 0777 0 0"
	echo "file /bin/bash $bash_static 0755 0 0"
	echo "file /bin/kmod $kmod 0755 0 0"
	echo "file /bin/ps $ps 0755 0 0"
	echo "file /bin/pgrep $pgrep 0755 0 0"
	echo "file /bin/sudo $TOP/scripts/guest-sudo.sh 0755 0 0"
	echo "file /bin/gzip $gzip 0755 0 0"
	if [ -n "$rel" ] && [ -f "$kdir/config" ]; then
		echo "dir /boot 0755 0 0"
		echo "file /boot/config-$rel $kdir/config 0644 0 0"
	fi
	echo "file /usr/bin/timeout $timeout 0755 0 0"
	echo "file /bin/killall $killall 0755 0 0"
	echo "slink /bin/modprobe kmod 0777 0 0"
	echo "dir $(dirname "$libgcc") 0755 0 0"
	echo "file $libgcc $(readlink -f "$libgcc") 0755 0 0"
	echo "file /init $TOP/scripts/guest-init.sh 0755 0 0"
	echo "file /etc/passwd $passwd 0644 0 0"
	(cd "$src" && find . -mindepth 1 -type d) | sed "s|^\\.|dir $gdir|; s|\$| 0755 0 0|"
	(cd "$src" && find . -type f) | while read -r f; do
		echo "file $gdir/${f#./} $src/${f#./} $(stat -c %a "$src/$f") 0 0"
	done
	# Shared libraries, at the paths the binaries ask for.
	{ find "$src" -type f -perm -u+x -exec ldd {} \; ; ldd "$kmod" "$ps" "$pgrep" "$timeout" "$killall" "$gzip"; } 2>/dev/null |
		grep -o '/[^ ]*\.so[^ ]*' | sort -u | while read -r l; do
			echo "dir $(dirname "$l") 0755 0 0"
			echo "file $l $(readlink -f "$l") 0755 0 0"
		done | sort -u
	if [ -d "$m/lib/modules" ]; then
		(cd "$m" && find lib/modules -type d) | sed 's|^|dir /|; s|$| 0755 0 0|'
		(cd "$m" && find lib/modules -type f) | sed "s|^\\(.*\\)\$|file /\\1 $m/\\1 0644 0 0|"
	fi
} | awk '!seen[$0]++' >"$list"
"$gen" "$list" | gzip -1 >"$img.tmp.$$" || die "gen_init_cpio failed"
mv "$img.tmp.$$" "$img"
