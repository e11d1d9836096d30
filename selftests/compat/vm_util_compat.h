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

#endif
