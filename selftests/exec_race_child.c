// SPDX-License-Identifier: GPL-2.0
/*
 * exec_race_child - exec'd by exec_race: check that argv and envp, built
 * on the temporary stack that exec moved while pages migrated, arrived
 * intact. Exit 0 if so, 1 if not.
 */
#include <stdio.h>
#include <string.h>

#include "exec_race.h"

static int check(int env, int i, const char *s)
{
	int j;

	if (strlen(s) != EXEC_STRLEN)
		return 1;
	for (j = 0; j < EXEC_STRLEN; j++)
		if (s[j] != exec_race_char(env, i, j))
			return 1;
	return 0;
}

int main(int argc, char **argv, char **envp)
{
	int i, n = 0;

	if (argc != EXEC_NARGS + 1) {
		fprintf(stderr, "exec_race_child: argc %d, expected %d\n",
			argc, EXEC_NARGS + 1);
		return 1;
	}
	for (i = 0; i < EXEC_NARGS; i++) {
		if (check(0, i, argv[i + 1])) {
			fprintf(stderr, "exec_race_child: argv[%d] corrupted\n", i + 1);
			return 1;
		}
	}
	for (i = 0; envp[i]; i++) {
		if (check(1, n, envp[i])) {
			fprintf(stderr, "exec_race_child: envp[%d] corrupted\n", i);
			return 1;
		}
		n++;
	}
	if (n != EXEC_NENVS) {
		fprintf(stderr, "exec_race_child: %d env strings, expected %d\n",
			n, EXEC_NENVS);
		return 1;
	}
	return 0;
}
