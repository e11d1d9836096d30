// SPDX-License-Identifier: GPL-2.0
/*
 * swap_race - reclaim's rmap walks against migration, fork and swapin.
 *
 * try_to_unmap_one() replaces each PTE of an anonymous page going to swap
 * with a swap entry, taking a swap count for it (folio_dup_swap(); 6.12:
 * swap_duplicate()); fork copies swap entries (copy_nonpresent_pte()),
 * swapin and migration race with both. Miscount or lose one and a page
 * comes back with someone else's data, or the swap layer complains.
 *
 * A mapping of 1.5x RAM is written round after round with per-page
 * patterns that are not same-filled (zram would store those without
 * I/O) and checked before each rewrite, so most of it goes through swap.
 * Meanwhile its first 8 MiB move between nodes and children forked now
 * and then check a window of it. At least two rounds (the fill and one
 * rewrite), and at least the race duration.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kselftest_harness.h"
#include "race_util.h"

#define BOUNCE_LEN	(8UL << 20)
#define WINDOW		(4UL << 20)

static long meminfo_kb(const char *key)
{
	char line[128];
	long kb = -1;
	FILE *f = fopen("/proc/meminfo", "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, key, strlen(key)) && line[strlen(key)] == ':')
			kb = strtol(line + strlen(key) + 1, NULL, 10);
	fclose(f);
	return kb;
}

FIXTURE(swap_race) {
	char *buf;
	size_t len;
	struct race_driver d;
	volatile unsigned long round;
	volatile int stop;
	unsigned long forks, fork_failed;
	int first_status;
};

FIXTURE_SETUP(swap_race)
{
	long mem = meminfo_kb("MemTotal"), swap = meminfo_kb("SwapTotal");

	if (geteuid())
		SKIP(return, "needs root (move_pages MPOL_MF_MOVE_ALL, compact_memory)");
	if (swap <= 0)
		SKIP(return, "no swap (SwapTotal %ld kB)", swap);
	if (!race_two_nodes())
		SKIP(return, "needs NUMA nodes 0 and 1 with memory");
	ASSERT_LT(0, mem);
	self->len = (size_t)mem * 1024 * 3 / 2 & ~(PAGE_SIZE - 1);
	if (swap * 1024 < (long)(self->len - (size_t)mem * 1024 / 2))
		SKIP(return, "swap %ld kB too small for 1.5x RAM", swap);
	ASSERT_LE(0, vmstat_read("pswpout")) {
		ksft_print_msg("no pswpout in /proc/vmstat (CONFIG_VM_EVENT_COUNTERS?)\n");
	}
	self->buf = mmap(NULL, self->len, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	ASSERT_NE(MAP_FAILED, self->buf);
	/* Base pages: reclaim would split THPs first, slowly. */
	madvise(self->buf, self->len, MADV_NOHUGEPAGE);
	/*
	 * Migration by move_pages() only: compact_memory passes over a
	 * gigabyte under reclaim take minutes in a TCG guest.
	 */
	ASSERT_EQ(0, race_driver_start(&self->d, RACE_NO_COMPACT, 0, self->buf,
				       BOUNCE_LEN));
}

FIXTURE_TEARDOWN(swap_race)
{
	race_driver_stop(&self->d);
	if (self->buf && self->buf != MAP_FAILED)
		munmap(self->buf, self->len);
}

/*
 * Now and then fork a child that checks a window of the mapping: each
 * page holds the last round's pattern, or the one being written.
 */
static void *fork_loop(void *arg)
{
	FIXTURE_DATA(swap_race) *self = arg;
	unsigned int seed = 1;
	int status;
	pid_t pid;

	while (!self->stop) {
		usleep(1000000);
		if (!self->round)
			continue;
		pid = fork();
		if (pid == 0) {
			size_t pages = self->len / PAGE_SIZE, first, i;
			unsigned long r = self->round;
			char *p;

			first = rand_r(&seed) % (pages - WINDOW / PAGE_SIZE);
			for (i = first; i < first + WINDOW / PAGE_SIZE; i++) {
				p = self->buf + i * PAGE_SIZE;
				if (!pattern_page_ok(p, i, r) && !pattern_page_ok(p, i, r + 1))
					_exit(1);
			}
			_exit(0);
		}
		seed++;
		if (pid < 0)
			continue;
		waitpid(pid, &status, 0);
		self->forks++;
		if ((!WIFEXITED(status) || WEXITSTATUS(status)) && !self->fork_failed++)
			self->first_status = status;
	}
	return NULL;
}

TEST_F_TIMEOUT(swap_race, swap_vs_migration_and_fork, 3600)
{
	size_t pages = self->len / PAGE_SIZE, i, bad = 0;
	long swapped = vmstat_read("pswpout");
	double t0 = race_now(), end = t0 + race_seconds(30);
	pthread_t forker;
	unsigned long r;

	/* Round 1 fills; each later round checks round r-1 and rewrites. */
	pattern_fill(self->buf, self->len, 1);
	ksft_print_msg("filled %zu MiB in %.0f s\n", self->len >> 20, race_now() - t0);
	self->round = 1;
	ASSERT_EQ(0, pthread_create(&forker, NULL, fork_loop, self));
	for (r = 2; r <= 2 || race_now() < end; r++) {
		for (i = 0; i < pages; i++) {
			char *p = self->buf + i * PAGE_SIZE;

			if (!pattern_page_ok(p, i, r - 1) && !bad++)
				ksft_print_msg("round %lu: page %zu lost its contents\n", r, i);
			pattern_fill_page(p, i, r);
		}
		self->round = r;
		ksft_print_msg("round %lu done at %.0f s, %lu forks\n", r,
			       race_now() - t0, self->forks);
	}
	self->stop = 1;
	pthread_join(forker, NULL);
	race_driver_stop(&self->d);
	swapped = vmstat_read("pswpout") - swapped;

	ksft_print_msg("%lu rounds over %zu MiB, %ld pages swapped out\n",
		       r - 1, self->len >> 20, swapped);
	ksft_print_msg("%lu forks, %lu pages moved\n", self->forks, self->d.pages_moved);
	EXPECT_EQ(0UL, bad);
	EXPECT_EQ(0UL, self->fork_failed) {
		ksft_print_msg("first failed child: wait status 0x%x\n", self->first_status);
	}
	EXPECT_LT(0, swapped) {
		ksft_print_msg("nothing was swapped out: the race was not exercised\n");
	}
}

TEST_HARNESS_MAIN
