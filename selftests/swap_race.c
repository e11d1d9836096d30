// SPDX-License-Identifier: GPL-2.0
/*
 * swap_race - swap entries against migration, fork and swapin.
 *
 * try_to_unmap_one() replaces each PTE of an anonymous page going to swap
 * with a swap entry, taking a swap count for it (folio_dup_swap(); older
 * kernels: swap_duplicate()), while migration's rmap walks unmap and
 * remap pages of the same VMA; fork copies swap entries, taking more
 * (copy_nonpresent_pte()), and swapin by the parent and by children
 * sharing the entries races with migration. Miscount or lose one and a
 * page comes back with someone else's data, or the swap layer complains.
 *
 * A bounded mapping (SWAP_LEN, base pages) is written round after round
 * with per-page patterns that are not same-filled (zram would store those
 * without I/O), then pushed to swap with MADV_PAGEOUT (reclaim_pages():
 * the same try_to_unmap() as kswapd's, without a memory squeeze), and
 * checked on the next round, which swaps it back in. Meanwhile its first
 * BOUNCE_LEN move between nodes, and children check a window of it,
 * never forked while the mapping is being paged out or written: a fork
 * asked for during a pageout waits for its end and copies the swap
 * entries it left (one asked for during the check and rewrite, the
 * pages swapped back in). At least two rounds, and at least the race
 * duration, but no round starts later than SWAP_GRACE_SECONDS after it
 * and the one under way then ends where it is (a slow machine checks
 * less rather than meet the harness's timeout). A changed page, a failed
 * child or an error taint of the kernel (see race_util.h) fails the
 * test.
 */
#include <errno.h>
#include <fcntl.h>
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
/* More than a per-CPU LRU batch holds (31: FOLIO_BATCH_SIZE; older kernels: PAGEVEC_SIZE). */
#define PROBE_PAGES	64
/*
 * How long (s) after the race duration the two rounds a run makes at
 * least may go on: two rounds took 24-184 s in a KASAN guest on a busy
 * host. The harness timeout (race_timeout(1, 120)) leaves 120 s beyond
 * it: for a WINDOW's pageout, the pagemap scan, and the forking thread's
 * stop and the driver's (RACE_STOP_SECONDS each, at most).
 */
#define SWAP_GRACE_SECONDS	60

/* A "@key: N kB" line of /proc/meminfo (@key with its colon), or -1. */
static long meminfo_kb(const char *key)
{
	char line[128];
	long kb = -1;
	FILE *f = fopen("/proc/meminfo", "r");

	if (!f)
		return -1;
	if (check_for_pattern(f, key, line, sizeof(line)))
		kb = strtol(line + strlen(key), NULL, 10);
	fclose(f);
	return kb;
}

/*
 * Why MADV_PAGEOUT does not put pages of ours in swap as pagemap tells
 * (PM_SWAP), or NULL: a kernel without it, no usable swap space, a
 * pagemap that does not say. Reclaim skips pages still in a per-CPU LRU
 * batch (of another CPU): PROBE_PAGES are more than one holds.
 */
static const char *pageout_unsupported(void)
{
	static char why[64];
	size_t ps = psize(), len = PROBE_PAGES * ps, i;
	const char *ret = "MADV_PAGEOUT put no page in swap (pagemap's PM_SWAP)";
	char *buf;
	int fd;

	fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return "cannot open /proc/self/pagemap";
	buf = mmap(NULL, len, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (buf == MAP_FAILED) {
		close(fd);
		return "mmap() of the probe pages failed";
	}
	/* Base pages, not same-filled, as the test's. */
	race_nothp(buf, len);
	race_pattern_fill(buf, len, 1);
	if (madvise(buf, len, MADV_PAGEOUT)) {
		snprintf(why, sizeof(why), "madvise(MADV_PAGEOUT): %s", strerror(errno));
		ret = why;
	} else {
		for (i = 0; i < PROBE_PAGES && ret; i++)
			if (pagemap_get_entry(fd, buf + i * ps) & PM_SWAP)
				ret = NULL;
	}
	munmap(buf, len);
	close(fd);
	return ret;
}

static const char *swap_race_unsupported(void)
{
	static char why[96];
	const char *common = race_bounce_unsupported();
	long total, avail;

	if (common)
		return common;
	total = meminfo_kb("SwapTotal:");
	avail = meminfo_kb("SwapFree:");
	if (total <= 0 || avail <= 0)
		return "no swap (SwapTotal or SwapFree 0 in /proc/meminfo)";
	/* The whole mapping goes to swap: room for it, in all. */
	if (avail < (long)(SWAP_LEN >> 10)) {
		snprintf(why, sizeof(why), "%ld kB of swap free, less than the %lu MiB paged out",
			 avail, SWAP_LEN >> 20);
		return why;
	}
	return pageout_unsupported();
}

FIXTURE(swap_race) {
	char *buf;
	size_t len;
	int pagemap_fd;
	struct race_driver d;
	/* Held while the mapping is written: no fork sees a page half-written. */
	pthread_mutex_t writing;
	unsigned long round;
	atomic_bool stop;
	unsigned long forks, fork_failed, fork_hung;
	unsigned long fork_left;	/* killed after an error, not reaped */
	int first_status;
};

FIXTURE_SETUP(swap_race)
{
	self->pagemap_fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
	ASSERT_LE(0, self->pagemap_fd);
	self->len = SWAP_LEN;
	self->buf = mmap(NULL, self->len, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, self->buf);
	/*
	 * Base pages: the race is on PTEs. Swap space, MADV_PAGEOUT and
	 * PM_SWAP: swap_race_unsupported() saw them work.
	 */
	ASSERT_EQ(0, race_nothp(self->buf, self->len));
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
	if (self->pagemap_fd >= 0)
		close(self->pagemap_fd);
	pthread_mutex_destroy(&self->writing);
}

/*
 * Fork, now and then, a child that checks a window of the mapping: every
 * page holds the round's pattern. Pages a live child shares are not paged
 * out (madvise_cold_or_pageout_pte_range() takes folios mapped once only).
 */
static void *fork_loop(void *arg)
{
	FIXTURE_DATA(swap_race) *self = arg;
	size_t ps = psize(), pages = self->len / ps, window = WINDOW / ps;
	unsigned int seed = 1;
	size_t first, i;
	unsigned long r;
	enum race_reaped how;
	int status;
	pid_t pid;

	while (!atomic_load(&self->stop)) {
		usleep(200000);
		pthread_mutex_lock(&self->writing);
		r = self->round;
		/* Not after a round cut short: its pages are half rewritten. */
		pid = r && !atomic_load(&self->stop) ? fork() : -1;
		if (pid == 0) {
			race_child_quiet();
			first = rand_r(&seed) % (pages - window);
			for (i = first; i < first + window; i++)
				if (!race_pattern_page_ok(self->buf + i * ps, i, r))
					_exit(1);
			_exit(0);
		}
		pthread_mutex_unlock(&self->writing);
		seed++;
		if (pid < 0)
			continue;
		self->forks++;
		how = race_driver_wait_child(&self->d, pid, &status,
					     race_now() + RACE_CHILD_SECONDS);
		if (how != RACE_EXITED && race_driver_erred(&self->d)) {
			/*
			 * Killed for the kernel's error, which fails the
			 * test: not judged (RACE_ERROR_KILL_MS).
			 */
			if (how == RACE_STUCK)
				self->fork_left++;
			return NULL;
		}
		switch (how) {
		case RACE_EXITED:
			if (WIFEXITED(status) && !WEXITSTATUS(status))
				break;
			if (!self->fork_failed++)
				self->first_status = status;
			break;
		case RACE_KILLED:
			self->fork_hung++;
			if (!self->fork_failed++)
				self->first_status = status;
			break;
		case RACE_STUCK:
			/* Not reaped: fork no more. */
			self->fork_hung++;
			if (!self->fork_failed++)
				self->first_status = -1;	/* none */
			return NULL;
		}
	}
	return NULL;
}

/* Pages of [@first, @last) that are in swap now (pagemap's PM_SWAP). */
static size_t pages_in_swap(FIXTURE_DATA(swap_race) *self, size_t first, size_t last)
{
	size_t i, n = 0, ps = psize();

	for (i = first; i < last; i++)
		n += !!(pagemap_get_entry(self->pagemap_fd, self->buf + i * ps) & PM_SWAP);
	return n;
}

TEST_F_TIMEOUT(swap_race, swap_vs_migration_and_fork, race_timeout(1, 120))
{
	size_t ps = psize(), pages = self->len / ps, i, bad = 0, swapped = 0;
	size_t stride = WINDOW / ps, verified = 0, off, in_swap;
	double t0 = race_now(), end = t0 + race_seconds();
	double grace = end + SWAP_GRACE_SECONDS;
	pthread_t forker;
	size_t checked = 0;
	bool clean, cut = false;
	unsigned long r;
	int err, denied;

	atomic_init(&self->stop, false);
	/* Round 1 fills; each later round checks round r-1 and rewrites. */
	race_pattern_fill(self->buf, self->len, 1);
	self->round = 1;
	err = pthread_create(&forker, NULL, fork_loop, self);
	for (r = 2; !err && !race_driver_stopped(&self->d) &&
	     race_now() < (r <= 3 ? grace : end); r++) {
		/*
		 * Swap it all out while pages migrate, WINDOW at a time (to
		 * stop at the time bound), holding forks off: pageout skips
		 * the pages a child shares (calls of 4 MiB with forks between
		 * them put no page in swap in three rounds).
		 */
		pthread_mutex_lock(&self->writing);
		for (off = 0; off < self->len && race_now() < grace &&
		     !race_driver_stopped(&self->d); off += WINDOW)
			madvise(self->buf + off, WINDOW, MADV_PAGEOUT);
		pthread_mutex_unlock(&self->writing);
		/* Not counting the pages that move: a migration entry is PM_SWAP too. */
		in_swap = pages_in_swap(self, BOUNCE_LEN / ps, pages);
		swapped += in_swap;
		pthread_mutex_lock(&self->writing);
		for (i = 0; i < pages; i++) {
			char *p = self->buf + i * ps;

			/* The kernel tainted itself, or time is up: end the round too. */
			if (!(i % stride) && (race_driver_stopped(&self->d) ||
					      race_now() >= grace))
				break;
			if (!race_pattern_page_ok(p, i, r - 1) && !bad++)
				ksft_print_msg("round %lu: page %zu lost its contents\n", r, i);
			race_pattern_fill_page(p, i, r);
		}
		/* Pages read back after a pageout that put some in swap. */
		if (in_swap && i > BOUNCE_LEN / ps)
			verified += i - BOUNCE_LEN / ps;
		/* A child checks a round's pattern only once it is complete. */
		if (i == pages) {
			self->round = r;
		} else {
			atomic_store(&self->stop, true);
			/* Else the loop's test ends it: the kernel tainted itself. */
			cut = !race_driver_stopped(&self->d);
			checked = i;
		}
		pthread_mutex_unlock(&self->writing);
		if (cut) {
			r++;
			break;
		}
	}
	atomic_store(&self->stop, true);
	if (!err && !race_join(forker, race_now() + RACE_STOP_SECONDS))
		race_give_up("the forking thread", RACE_STOP_SECONDS);
	race_driver_stop(&self->d);
	ASSERT_EQ(0, err);

	ksft_print_msg("%lu rounds over %zu MiB in %.0f s, %zu pages found in swap\n",
		       r - 2, self->len >> 20, race_now() - t0, swapped);
	ksft_print_msg("%lu forks, %lu pages moved\n", self->forks, self->d.pages_moved);
	if (cut)
		ksft_print_msg("the last round cut short %d s after the race: %zu of %zu pages\n",
			       SWAP_GRACE_SECONDS, checked, pages);
	clean = race_driver_clean(&self->d);
	EXPECT_TRUE(clean);
	EXPECT_EQ(0UL, bad);
	race_report_left(self->fork_left);
	EXPECT_EQ(0UL, self->fork_failed) {
		if (self->first_status == -1)
			ksft_print_msg("first failed child: not reaped; %lu hung\n",
				       self->fork_hung);
		else
			ksft_print_msg("first failed child: wait status 0x%x; %lu hung\n",
				       self->first_status, self->fork_hung);
	}
	/* Pageout against fork and swapin still ran: say so, no more. */
	denied = atomic_load(&self->d.denied);
	if (denied)
		ksft_print_msg("move_pages(): %s: no page moved between nodes\n",
			       strerror(denied));
	/*
	 * Each round pages the mapping out; reclaim skips the pages shared
	 * with a checking child (a fork at the round's start shares them
	 * all) and those it cannot lock or unmap, so how many reach swap
	 * depends on timing: fewer than half of those that do not move, over
	 * the r - 2 pageouts, is said; none at all is a SKIP (unless a check
	 * failed): no race.
	 */
	if (swapped < (r - 2) * (pages - BOUNCE_LEN / ps) / 2)
		ksft_print_msg("only %zu pages found in swap: the race was hardly exercised\n",
			       swapped);
	if (!swapped && _metadata->exit_code == KSFT_PASS)
		SKIP(return, "no page found in swap in %lu rounds: no race", r - 2);
	/* A slow machine: time was up before a swapped page was read back. */
	if (!verified && _metadata->exit_code == KSFT_PASS)
		SKIP(return, "no page read back after a pageout in %d s", race_seconds() +
		     SWAP_GRACE_SECONDS);
}

int main(int argc, char **argv)
{
	return race_main(argc, argv, swap_race_unsupported, test_harness_run);
}
