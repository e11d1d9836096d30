/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the race suite takes from 7.3's vm_util and 6.12's lacks, for the
 * out-of-tree build against a 6.12 tree only: selftests/Makefile adds this
 * file with -include when the tree's vm_util.h has no FORCE_READ(). Not part
 * of the upstream patch (scripts/selftests-patch.sh copies only the .c and
 * .h files of selftests/ itself).
 */
#ifndef RACE_VM_UTIL_COMPAT_H
#define RACE_VM_UTIL_COMPAT_H

#include <stddef.h>

#ifndef FORCE_READ
#define FORCE_READ(x) (*(const volatile typeof(x) *)&(x))
#endif

/* As 7.3's read_file(): bytes read, NUL-terminated, or 0 on error. */
int read_file(const char *path, char *buf, size_t buflen);

/*
 * 7.3's check_huge_anon() takes the mapping's length too, 6.12's does
 * not: a call with four arguments goes to race_check_huge_anon(), which
 * drops it; vm_util.h's three-argument declaration is left as it is.
 */
#define RACE_ARG5(a, b, c, d, name, ...) name
#define check_huge_anon(...) \
	RACE_ARG5(__VA_ARGS__, race_check_huge_anon, check_huge_anon, _)(__VA_ARGS__)
_Bool race_check_huge_anon(void *addr, size_t len, int nr_hpages,
			   unsigned long long hpage_size);

#endif
