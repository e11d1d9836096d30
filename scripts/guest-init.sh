#!/bin/sh
# shellcheck disable=SC3040  # busybox ash has pipefail
# /init of the test guest (busybox sh). Kernel command line:
#   race.tests=a,b,c   tests to run, in order (default: all in /tests)
#   race.seconds=N     duration of each race (exported as RACE_SECONDS)
#   race.swap_mb=N     zram swap size (0: none)
#   race.parallel=1    run the tests at once (soak) instead of in turn
#   race.args=a,b      arguments of every test program (e.g. -v,thp: the
#                      harness runs only the variants named so)
#   RACE_*=value       exported to the tests as they are
#   race.bench=a,b     then run these /bench/rmap_bench modes (make bench;
#                      race.tests=none runs no test)
#   race.bench_seconds=N  guest seconds per benchmark (default 5; a mode
#                      given as MODE:N runs N seconds)
#   race.lockdep=REGEX then print, from /proc/lockdep, every lock class
#                      matching REGEX with the locks lockdep saw taken
#                      while it was held ("# lockdep: CLASS -> LOCK")
#   race.mmtests=all   then run the tree's mm selftests from /mmtests
#                      (make mmtests): run_vmtests.sh's default set, or
#                      race.mmtests=CAT,CAT for its -t categories
#   race.kselftest=COLLECTION:TEST  then run an installed kselftest tree
#                      from /kselftest as KernelCI and LKFT do:
#                      run_kselftest.sh -t COLLECTION:TEST (make kselftest)
# TAP goes to the console and to /dev/ttyS1; markers "# race-suite: ..."
# go to both and to the kernel log, so a splat can be placed in a test.
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t debugfs debugfs /sys/kernel/debug
mount -t tmpfs tmpfs /tmp
# POSIX shared memory (shm_open(): the mm selftests' rmap).
mkdir -p /dev/shm && mount -t tmpfs tmpfs /dev/shm

tests='' args='' seconds='' swap_mb=0 parallel=0 bench='' bench_seconds=5 lockdep='' mmtests='' kselftest=''
read -r cmdline </proc/cmdline
for arg in $cmdline; do
	case $arg in
	race.tests=*) tests=$(echo "${arg#*=}" | tr , ' ') ;;
	race.seconds=*) seconds=${arg#*=} ;;
	race.args=*) args=$(echo "${arg#*=}" | tr , ' ') ;;
	race.swap_mb=*) swap_mb=${arg#*=} ;;
	race.parallel=*) parallel=${arg#*=} ;;
	race.bench=*) bench=$(echo "${arg#*=}" | tr , ' ') ;;
	race.bench_seconds=*) bench_seconds=${arg#*=} ;;
	race.lockdep=*) lockdep=${arg#*=} ;;
	race.mmtests=*) mmtests=${arg#*=} ;;
	race.kselftest=*) kselftest=${arg#*=} ;;
	RACE_*=*) export "${arg?}" ;;
	esac
done
[ -n "$seconds" ] && export RACE_SECONDS="$seconds"
if [ "$tests" = none ]; then
	tests=''
elif [ -z "$tests" ]; then
	for t in /tests/*; do
		case $t in *_child) ;; *) tests="$tests ${t#/tests/}" ;; esac
	done
fi

mark() {
	echo "# race-suite: $*" >/dev/kmsg
	echo "# race-suite: $*" >/dev/ttyS1
	echo "# race-suite: $*"
}

if [ "$swap_mb" -gt 0 ] && [ -e /sys/block/zram0/disksize ]; then
	if ! { echo "${swap_mb}M" >/sys/block/zram0/disksize &&
		mkswap /dev/zram0 >/dev/null && swapon /dev/zram0; }; then
		mark "zram swap setup failed"
	fi
fi
nodes=$(find /sys/devices/system/node -maxdepth 1 -name 'node[0-9]*' | wc -l)
mark "nodes $nodes cpus $(nproc) swap $(awk '/SwapTotal/ {print $2}' /proc/meminfo) kB"

run_one() {
	mark "start $1"
	set -o pipefail
	# shellcheck disable=SC2086  # race.args: words
	/tests/"$1" $args 2>&1 | tee /dev/ttyS1
	mark "end $1 $?"
}

if [ "$parallel" = 1 ]; then
	for t in $tests; do run_one "$t" & done
	wait
else
	for t in $tests; do run_one "$t"; done
fi
for b in $bench; do
	s=$bench_seconds
	case $b in *:*) s=${b#*:} b=${b%%:*} ;; esac
	mark "start bench:$b"
	set -o pipefail
	/bench/rmap_bench "$b" "$s" 2>&1 | tee /dev/ttyS1
	mark "end bench:$b $?"
done
if [ -n "$mmtests" ]; then
	# run_vmtests.sh's TAP goes to ttyS1; each "# running TEST" line is
	# also a kernel log marker, so a splat can be placed in a test.
	set --
	[ "$mmtests" = all ] || set -- -t "$(echo "$mmtests" | tr , ' ')"
	mark "start mmtests"
	(cd /mmtests && bash ./run_vmtests.sh "$@" 2>&1) | while IFS= read -r l; do
		echo "$l" >/dev/ttyS1
		case $l in "# running "*) echo "# race-suite: mm ${l#\# running }" >/dev/kmsg ;; esac
	done
	mark "end mmtests"
fi
if [ -n "$kselftest" ]; then
	# kselftest's runner writes each test's output to "$logfile",
	# /dev/stdout: devtmpfs has no such link (udev makes them), and the
	# output would go to a file of that name.
	for f in 0:stdin 1:stdout 2:stderr; do
		[ -e /dev/${f#*:} ] || ln -s /proc/self/fd/${f%%:*} /dev/${f#*:}
	done
	[ -e /dev/fd ] || ln -s /proc/self/fd /dev/fd
	mark "start kselftest"
	(cd /kselftest && ./run_kselftest.sh -t "$kselftest" 2>&1) | while IFS= read -r l; do
		echo "$l" >/dev/ttyS1
		case $l in "# # running "* | "# running "*) echo "# race-suite: ksft ${l##*running }" >/dev/kmsg ;; esac
	done
	mark "end kselftest"
fi
if [ -n "$lockdep" ]; then
	if [ -r /proc/lockdep ]; then
		awk -v re="$lockdep" '
			/^[0-9a-f]+ / { c = $0; sub(/^.*: /, "", c); m = c ~ re; next }
			m && / -> / { d = $0; sub(/^.*\] /, "", d); print "# lockdep: " c " -> " d }
		' /proc/lockdep | tee /dev/ttyS1
	else
		mark "no /proc/lockdep"
	fi
fi
mark "done"
sync
poweroff -f
