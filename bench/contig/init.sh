#!/bin/sh
export PATH=/bin
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev 2>/dev/null
mount -t debugfs none /sys/kernel/debug
args=$(sed -n 's/.*cargs=\([^ ]*\).*/\1/p' /proc/cmdline | tr , ' ')
echo "contig-init: uname $(uname -r) cmdline: $(cat /proc/cmdline)"
echo 1 > /proc/sys/vm/movable_gigantic_pages
echo "contig-init: movable_gigantic_pages=$(cat /proc/sys/vm/movable_gigantic_pages)"
echo "contig-init: zoneinfo"
awk '/^Node/{z=$0} /spanned|present|managed|start_pfn/{print z": "$0}' /proc/zoneinfo
echo "contig-init: buddyinfo"; cat /proc/buddyinfo
echo "contig-init: memblock reserved"; cat /sys/kernel/debug/memblock/reserved 2>&1 | tail -n 12
cat /sys/devices/system/node/node*/meminfo | grep -E "MemTotal|MemFree"
echo "contig-init: run /contig $args"
/contig $args
echo "contig-init: buddyinfo after"; cat /proc/buddyinfo
echo "contig-init: DONE"
sync
poweroff -f
