#!/bin/sh
# /bin/sudo of the mm selftests' guest (scripts/mm-initramfs.sh): what
# run_vmtests.sh asks of sudo, "sudo -u USER CMD [ARGS]" run as root
# (on-fault-limit must run as an unprivileged user), done with busybox's
# su. Anything else is refused, not guessed.
if [ "$1" != -u ] || [ $# -lt 3 ]; then
	echo "guest sudo: only 'sudo -u USER CMD [ARGS]' is supported, not: sudo $*" >&2
	exit 1
fi
u=$2
shift 2
exec su -s /bin/sh "$u" -c 'exec "$@"' sudo "$@"
