// SPDX-License-Identifier: GPL-2.0
/*
 * bench_true - what rmap_bench execs: nothing at all.
 *
 * bench_true --tsc-fd=N [...]: the same, but first thing in main() read the
 * TSC and write it (8 bytes) to fd N: rmap_bench's ops mode times an exec
 * from the TSC its child reads right before execve() to this one.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	uint32_t lo, hi;
	uint64_t t;

	asm volatile("rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
	t = (uint64_t)hi << 32 | lo;
	if (argc > 1 && !strncmp(argv[1], "--tsc-fd=", 9) &&
	    write(atoi(argv[1] + 9), &t, sizeof(t)) != sizeof(t))
		return 1;
	return 0;
}
