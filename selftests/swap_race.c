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
 * A bounded mapping (SWAP_LEN, base pages) is written round after round
 * with per-page patterns that are not same-filled (zram would store those
 * without I/O), then pushed to swap with MADV_PAGEOUT (reclaim_pages():
 * the same try_to_unmap() as kswapd's, without a memory squeeze), and
 * checked on the next round, which swaps it back in. Meanwhile its first
 * 8 MiB move between nodes, and children forked while it is being paged
 * out (never while it is being written) check a window of it. At least
 * two rounds, and at least the race duration.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kselftest_harness.h"
#include "race_util.h"

#define SWAP_LEN	(64UL << 20)
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
	/* Held while the mapping is written: no fork sees a page half-written. */
	pthread_mutex_t writing;
	unsigned long round;
	volatile int stop;
	unsigned long forks, fork_failed;
	int first_status;
};

FIXTURE_SETUP(swap_race)
{
	long swap = meminfo_kb("SwapTotal");

	if (geteuid())
		SKIP(return, "needs root (move_pages MPOL_MF_MOVE_ALL)");
	if (swap <= 0)
		SKIP(return, "no swap (SwapTotal %ld kB)", swap);
	if (!race_two_nodes())
		SKIP(return, "needs NUMA nodes 0 and 1 with memory");
	self->len = SWAP_LEN;
	if (swap * 1024 < (long)self->len)
		SKIP(return, "swap %ld kB smaller than the %zu MiB mapping", swap,
		     self->len >> 20);
	ASSERT_LE(0, vmstat_read("pswpout")) {
		ksft_print_msg("no pswpout in /proc/vmstat (CONFIG_VM_EVENT_COUNTERS?)\n");
	}
	self->buf = mmap(NULL, self->len, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, self->buf);
	/* Base pages: the race is on PTEs (EINVAL: no THP, base pages anyway). */
	if (madvise(self->buf, self->len, MADV_NOHUGEPAGE) && errno != EINVAL)
		SKIP(return, "madvise(MADV_NOHUGEPAGE): %s", strerror(errno));
	/* MADV_PAGEOUT pushes the mapping to swap: no pageout, no race. */
	memset(self->buf, 1, PAGE_SIZE);
	if (madvise(self->buf, PAGE_SIZE, MADV_PAGEOUT))
		SKIP(return, "madvise(MADV_PAGEOUT): %s", strerror(errno));
	ASSERT_EQ(0, pthread_mutex_init(&self->writing, NULL));
	/* Migration by move_pages() only: compaction is not this race. */
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
 * Fork, now and then, a child that checks a window of the mapping while
 * the parent pages it out: every page holds the round's pattern.
 */
static void *fork_loop(void *arg)
{
	FIXTURE_DATA(swap_race) *self = arg;
	unsigned int seed = 1;
	unsigned long r;
	int status;
	pid_t pid;

	while (!self->stop) {
		usleep(200000);
		pthread_mutex_lock(&self->writing);
		r = self->round;
		pid = r ? fork() : -1;
		if (pid == 0) {
			size_t pages = self->len / PAGE_SIZE, first, i;

			first = rand_r(&seed) % (pages - WINDOW / PAGE_SIZE);
			for (i = first; i < first + WINDOW / PAGE_SIZE; i++)
				if (!pattern_page_ok(self->buf + i * PAGE_SIZE, i, r))
					_exit(1);
			_exit(0);
		}
		pthread_mutex_unlock(&self->writing);
		seed++;
		if (pid < 0)
			continue;
		/* Bounded: a child checks 4 MiB, which takes well under 60 s. */
		if (!race_wait_child(pid, &status, 60)) {
			self->fork_failed++;
			self->first_status = -1;
			continue;
		}
		self->forks++;
		if ((!WIFEXITED(status) || WEXITSTATUS(status)) && !self->fork_failed++)
			self->first_status = status;
	}
	return NULL;
}

TEST_F_TIMEOUT(swap_race, swap_vs_migration_and_fork, 600)
{
	size_t pages = self->len / PAGE_SIZE, i, bad = 0;
	long swapped = vmstat_read("pswpout");
	double t0 = race_now(), end = t0 + race_seconds(30);
	pthread_t forker;
	unsigned long r;
	int err;

	/* Round 1 fills; each later round checks round r-1 and rewrites. */
	pattern_fill(self->buf, self->len, 1);
	self->round = 1;
	err = pthread_create(&forker, NULL, fork_loop, self);
	for (r = 2; !err && (r <= 3 || race_now() < end); r++) {
		/* Swap it all out, while pages migrate and children fork. */
		madvise(self->buf, self->len, MADV_PAGEOUT);
		pthread_mutex_lock(&self->writing);
		for (i = 0; i < pages; i++) {
			char *p = self->buf + i * PAGE_SIZE;

			if (!pattern_page_ok(p, i, r - 1) && !bad++)
				ksft_print_msg("round %lu: page %zu lost its contents\n", r, i);
			pattern_fill_page(p, i, r);
		}
		self->round = r;
		pthread_mutex_unlock(&self->writing);
	}
	self->stop = 1;
	if (!err)
		pthread_join(forker, NULL);
	race_driver_stop(&self->d);
	ASSERT_EQ(0, err);
	swapped = vmstat_read("pswpout") - swapped;

	ksft_print_msg("%lu rounds over %zu MiB in %.0f s, %ld pages swapped out\n",
		       r - 2, self->len >> 20, race_now() - t0, swapped);
	ksft_print_msg("%lu forks, %lu pages moved\n", self->forks, self->d.pages_moved);
	EXPECT_EQ(0UL, bad);
	EXPECT_EQ(0UL, self->fork_failed) {
		ksft_print_msg("first failed child: wait status 0x%x\n", self->first_status);
	}
	/*
	 * Each round pages the mapping out; pages being migrated or shared
	 * with a checking child are skipped, and some stay in the swap cache
	 * from the last swapin: ask for half a mapping's worth in all.
	 */
	EXPECT_LE((long)pages / 2, swapped) {
		ksft_print_msg("only %ld pages swapped out: the race was hardly exercised\n",
			       swapped);
	}
}

TEST_HARNESS_MAIN
