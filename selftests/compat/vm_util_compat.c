// SPDX-License-Identifier: GPL-2.0
/*
 * race_check_huge_anon() for 7.3's check_huge_anon() signature, and
 * read_file() as 7.3's tools/testing/selftests/mm/vm_util.c has it, for the
 * out-of-tree build against a 6.12 tree (see vm_util_compat.h).
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "vm_util.h"

int read_file(const char *path, char *buf, size_t buflen)
{
	int fd;
	ssize_t numread;

	fd = open(path, O_RDONLY);
	if (fd == -1)
		return 0;

	numread = read(fd, buf, buflen - 1);
	if (numread < 1) {
		close(fd);
		return 0;
	}

	buf[numread] = '\0';
	close(fd);

	return (unsigned int) numread;
}

_Bool race_check_huge_anon(void *addr, size_t len, int nr_hpages,
			   unsigned long long hpage_size)
{
	return check_huge_anon(addr, nr_hpages, hpage_size);
}
