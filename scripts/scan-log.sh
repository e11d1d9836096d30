#!/bin/bash
# scan-log.sh LOG: print the kernel splats in a console log (the lines
# syzkaller/KernelCI judge a run by, plus mm's own complaints); exit 1 if
# there is one. SCAN_FROM=N: only from line N on. LOG - reads stdin.
set -euo pipefail
log=${1:?usage: scan-log.sh LOG}
[ "$log" = - ] && log=/dev/stdin
[ "$log" = /dev/stdin ] || [ -f "$log" ] || exit 0
pat='BUG:|kernel BUG at|WARNING:|Oops|general protection fault|Kernel panic|'
pat+='possible circular locking|possible recursive locking|inconsistent lock state|'
pat+='sleeping function called from invalid context|scheduling while atomic|'
pat+='Bad page (map|state)|Bad rss-counter|KASAN:|UBSAN:|INFO: task .* blocked for more than|'
pat+='rcu_.* self-detected stall|rcu_.* detected stalls|soft lockup|hard LOCKUP|'
pat+='list_(add|del) corruption|Huh VM_FAULT_OOM leaked out|Unused swap offset entry|'
pat+='Bad swap (file|offset) entry|unable to handle (page fault|kernel)|invalid opcode:'
if tail -n +"${SCAN_FROM:-1}" "$log" | tr -d '\r' | grep -aE "$pat"; then
	exit 1
fi
exit 0
