// SPDX-License-Identifier: GPL-2.0
/*
 * read_file() as 7.3's tools/testing/selftests/mm/vm_util.c has it, for the
 * out-of-tree build against a 6.12 tree (see vm_util_compat.h).
 */
#include <fcntl.h>
#include <unistd.h>

#include "vm_util_compat.h"

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
