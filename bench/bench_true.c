// SPDX-License-Identifier: GPL-2.0
/* bench_true - what rmap_bench execs: nothing at all. */
int main(void)
{
	return 0;
}
