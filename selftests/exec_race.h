/* SPDX-License-Identifier: GPL-2.0 */
/*
 * exec_race.h - the argument and environment block exec_race passes to
 * exec_race_child, which checks that it arrived intact.
 */
#ifndef EXEC_RACE_H
#define EXEC_RACE_H

/* 240 x 4 KiB of argv + 16 x 4 KiB of envp: the new stack spans ~1 MiB. */
#define EXEC_NARGS	240
#define EXEC_NENVS	16
#define EXEC_STRLEN	4095

/* Character @j of string @i (argv: @env 0, envp: @env 1). */
static inline char exec_race_char(int env, int i, int j)
{
	return 'a' + (i * 7 + j + env * 13) % 26;
}

#endif /* EXEC_RACE_H */
