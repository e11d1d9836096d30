// SPDX-License-Identifier: GPL-2.0
/*
 * shmem_mpol_race - NUMA hinting faults on shmem against shared policy
 * changes.
 *
 * do_numa_page() (and do_huge_pmd_numa_page()) call mpol_misplaced()
 * with the page table lock held; for shmem that looks the policy up in
 * the object's shared policy tree (shmem_get_policy() ->
 * mpol_shared_policy_lookup()), so nothing on that path may sleep. The
 * lookup races with mbind() replacing policies on sub-ranges
 * (shared_policy_replace(): split, drop the lock, allocate, retake).
 *
 * A memfd mapping has MPOL_BIND|MPOL_F_NUMA_BALANCING over both nodes at
 * its first page (task_numa_work() scans a VMA only if the policy at
 * vm_start can migrate on fault); threads touch every page to take
 * hinting faults, another thread keeps replacing the policies of
 * sub-ranges, compaction runs. Afterwards the whole range is bound to
 * node 1: its contents must be intact and its pages on node 1.
 */
#include <numaif.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "kselftest_harness.h"
#include "race_util.h"

#define MAP_LEN		(16UL << 20)
#define NPAGES		(MAP_LEN / PAGE_SIZE)
#define TOUCHERS	2
#ifndef MPOL_F_NUMA_BALANCING
#define MPOL_F_NUMA_BALANCING	(1 << 13)
#endif

static const char * const knobs[][2] = {
	{ "/proc/sys/kernel/numa_balancing", "1" },
	{ "/sys/kernel/debug/sched/numa_balancing/scan_delay_ms", "10" },
	{ "/sys/kernel/debug/sched/numa_balancing/scan_period_min_ms", "10" },
	{ "/sys/kernel/debug/sched/numa_balancing/scan_period_max_ms", "100" },
	{ "/sys/kernel/debug/sched/numa_balancing/scan_size_mb", "64" },
};

FIXTURE(shmem_mpol) {
	char *buf;
	struct race_driver d;
	volatile int stop;
	unsigned long passes[TOUCHERS], replaced, replace_failed;
	char saved[ARRAY_SIZE(knobs)][32];
};

/* Put NUMA balancing back as it was, for the tests that follow. */
static void restore_knobs(FIXTURE_DATA(shmem_mpol) *self)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(knobs); i++)
		if (self->saved[i][0])
			race_write_file(knobs[i][0], self->saved[i]);
}

FIXTURE_SETUP(shmem_mpol)
{
	unsigned long both = 3;
	unsigned int i;
	int fd, err;

	if (geteuid())
		SKIP(return, "needs root (NUMA balancing knobs, compact_memory)");
	if (!race_two_nodes())
		SKIP(return, "needs NUMA nodes 0 and 1 with memory");
	if (access(knobs[0][0], W_OK))
		SKIP(return, "no NUMA balancing (CONFIG_NUMA_BALANCING)");
	ASSERT_LE(0, vmstat_read("numa_hint_faults")) {
		ksft_print_msg("no numa_hint_faults in /proc/vmstat (CONFIG_VM_EVENT_COUNTERS?)\n");
	}
	fd = memfd_create("shmem_mpol_race", 0);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, ftruncate(fd, MAP_LEN));
	self->buf = mmap(NULL, MAP_LEN, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	ASSERT_NE(MAP_FAILED, self->buf);
	/* A policy that migrates on fault at vm_start, or no hinting faults. */
	ASSERT_EQ(0, mbind(self->buf, MAP_LEN, MPOL_BIND | MPOL_F_NUMA_BALANCING,
			   &both, 8 * sizeof(both), 0));
	pattern_fill(self->buf, MAP_LEN, 4);
	/*
	 * The knobs last, and put back before a SKIP or ASSERT: the harness
	 * runs the teardown only after a setup that completed.
	 */
	for (i = 0; i < ARRAY_SIZE(knobs); i++) {
		if (race_read_file(knobs[i][0], self->saved[i], sizeof(self->saved[i])) ||
		    race_write_file(knobs[i][0], knobs[i][1])) {
			restore_knobs(self);
			SKIP(return, "cannot set %s (debugfs mounted?)", knobs[i][0]);
		}
	}
	err = race_driver_start(&self->d, -1, 0, NULL, 0);
	if (err)
		restore_knobs(self);
	ASSERT_EQ(0, err);
}

FIXTURE_TEARDOWN(shmem_mpol)
{
	race_driver_stop(&self->d);
	restore_knobs(self);
	if (self->buf && self->buf != MAP_FAILED)
		munmap(self->buf, MAP_LEN);
}

struct toucher {
	FIXTURE_DATA(shmem_mpol) *self;
	int id;
	unsigned long bad;
};

/* Read every page again and again: NUMA hinting faults on shmem. */
static void *touch_loop(void *arg)
{
	struct toucher *t = arg;
	size_t i;

	while (!t->self->stop) {
		for (i = t->id; i < NPAGES; i += TOUCHERS)
			t->bad += !pattern_page_ok(t->self->buf + i * PAGE_SIZE, i, 4);
		t->self->passes[t->id]++;
	}
	return NULL;
}

/*
 * Replace the policy of random sub-ranges (never the first page): each
 * mbind() splits and replaces shared policy nodes.
 */
static void *replace_loop(void *arg)
{
	FIXTURE_DATA(shmem_mpol) *self = arg;
	static const int modes[] = { MPOL_BIND | MPOL_F_NUMA_BALANCING,
				     MPOL_PREFERRED, MPOL_INTERLEAVE, MPOL_BIND };
	unsigned int seed = 1;
	unsigned long mask;
	size_t first, n;
	int mode;

	while (!self->stop) {
		first = 1 + rand_r(&seed) % (NPAGES - 257);
		n = 1 + rand_r(&seed) % 256;
		mode = modes[rand_r(&seed) % 4];
		mask = mode == MPOL_INTERLEAVE || mode & MPOL_F_NUMA_BALANCING ?
			3 : 1UL << (rand_r(&seed) % 2);
		if (mbind(self->buf + first * PAGE_SIZE, n * PAGE_SIZE, mode,
			  &mask, 8 * sizeof(mask), 0))
			self->replace_failed++;
		self->replaced++;
	}
	return NULL;
}

/* Pages of the range not on @node (move_pages(2) query). */
static size_t pages_off_node(char *buf, int node)
{
	static void *pages[NPAGES];
	static int status[NPAGES];
	size_t i, off = 0;

	for (i = 0; i < NPAGES; i++)
		pages[i] = buf + i * PAGE_SIZE;
	if (move_pages(0, NPAGES, pages, NULL, status, 0))
		return NPAGES;
	for (i = 0; i < NPAGES; i++)
		off += status[i] >= 0 && status[i] != node;
	return off;
}

TEST_F_TIMEOUT(shmem_mpol, hinting_faults_vs_policy_replace, 3600)
{
	struct toucher t[TOUCHERS];
	pthread_t th[TOUCHERS], rep;
	long faults = vmstat_read("numa_hint_faults");
	unsigned long node1 = 2, bad = 0;
	size_t off = NPAGES;
	int i, n, tries, err = 0;
	bool replacing = false;

	/*
	 * No ASSERT while the threads run: 6.12's harness longjmp()s out of
	 * this frame, which they use; 7.3's runs the teardown, which unmaps
	 * the buffer, under them. Stop and join them first.
	 */
	for (n = 0; n < TOUCHERS; n++) {
		t[n] = (struct toucher){ .self = self, .id = n };
		err = pthread_create(&th[n], NULL, touch_loop, &t[n]);
		if (err)
			break;
	}
	if (!err) {
		err = pthread_create(&rep, NULL, replace_loop, self);
		replacing = !err;
	}
	if (!err)
		sleep(race_seconds(30));
	self->stop = 1;
	for (i = 0; i < n; i++) {
		pthread_join(th[i], NULL);
		bad += t[i].bad;
	}
	if (replacing)
		pthread_join(rep, NULL);
	race_driver_stop(&self->d);
	ASSERT_EQ(0, err);
	faults = vmstat_read("numa_hint_faults") - faults;

	ksft_print_msg("%ld hinting faults, %lu+%lu read passes\n",
		       faults, self->passes[0], self->passes[1]);
	ksft_print_msg("%lu policy replacements (%lu failed), %lu compactions\n",
		       self->replaced, self->replace_failed, self->d.compactions);
	EXPECT_LT(0, faults) {
		ksft_print_msg("no NUMA hinting faults: the race was not exercised\n");
	}
	EXPECT_EQ(0UL, self->replace_failed);
	EXPECT_EQ(0UL, bad);

	/*
	 * Bind everything to node 1 and move it there. With nothing else
	 * running, a page that did not move (one isolated by a hinting
	 * fault at the time of the call, say) moves on a retry.
	 */
	for (tries = 0; tries < 10 && off; tries++) {
		ASSERT_EQ(0, mbind(self->buf, MAP_LEN, MPOL_BIND, &node1,
				   8 * sizeof(node1), MPOL_MF_MOVE));
		off = pages_off_node(self->buf, 1);
	}
	EXPECT_EQ(0UL, off) {
		ksft_print_msg("%zu of %lu pages bound to node 1 are elsewhere after %d tries\n",
			       off, NPAGES, tries);
	}
	EXPECT_EQ(0UL, pattern_check(self->buf, MAP_LEN, 4));
}

TEST_HARNESS_MAIN
