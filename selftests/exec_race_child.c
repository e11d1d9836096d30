// SPDX-License-Identifier: GPL-2.0
/*
 * exec_race_child - exec'd by exec_race: check that argv and envp, built
 * on the temporary stack that exec moved while pages migrated, arrived
 * intact. Exit 0 if so; else, by what is wrong: 2 argc, 3 an argv
 * string, 4 an envp string, 5 the number of envp strings.
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
		return 2;
	}
	for (i = 0; i < EXEC_NARGS; i++) {
		if (check(0, i, argv[i + 1])) {
			fprintf(stderr, "exec_race_child: argv[%d] corrupted\n", i + 1);
			return 3;
		}
	}
	for (i = 0; envp[i]; i++) {
		if (check(1, n, envp[i])) {
			fprintf(stderr, "exec_race_child: envp[%d] corrupted\n", i);
			return 4;
		}
		n++;
	}
	if (n != EXEC_NENVS) {
		fprintf(stderr, "exec_race_child: %d env strings, expected %d\n",
			n, EXEC_NENVS);
		return 5;
	}
	return 0;
}
