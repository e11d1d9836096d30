#!/bin/bash
# deps.sh [PACKAGE...]: install what the pipeline needs (not the kernel
# trees: scripts/fetch.sh), and the packages
# named (make bench: gnuplot-nox), with apt-get as root, else print the
# apt-get line to run and stop.
. "$(dirname "$0")/lib.sh"

PKGS="quilt qemu-system-x86 busybox-static flex bison bc cpio ccache gcc make
xz-utils perl shellcheck libelf-dev libssl-dev libnuma-dev libc6-dev file
liburcu-dev kmod
$*"

missing=()
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	die "missing packages; run: sudo apt-get install -y ${missing[*]}"
fi
say "installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || die "apt-get update failed"
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
	die "apt-get install ${missing[*]} failed"
