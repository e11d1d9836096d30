// SPDX-License-Identifier: GPL-2.0
/*
 * fork_race - fork() against migration of the parent's anonymous pages.
 *
 * dup_mmap() links the child's anon_vma_chain into the parent's anon_vma
 * tree (anon_vma_fork()) before copy_page_range() copies the PTEs. That
 * is safe only because rmap_walk() visits the parent's VMA before the
 * child's (interval-tree ties in insertion order): a migration that
 * installs or removes migration entries then sees the parent first, and
 * copy_page_range() copies whichever state it finds. Visit them the
 * other way round and a migration entry survives in the child after the
 * page is unlocked: the child's next touch trips DEBUG_VM's check in
 * softleaf_migration_sync() (include/linux/leafops.h; 6.12: the BUG_ON
 * in pfn_swap_entry_folio()) or reads stale data.
 *
 * The parent keeps its pages moving between nodes (move_pages(2)) and
 * compaction running, forks while a chunk is being migrated, and each
 * child touches every page, then checks them all.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kselftest_harness.h"
#include "race_util.h"

#define MAP_LEN		(8UL << 20)
#define MAX_LIVE	4

FIXTURE(fork_race) {
	char *buf;
	struct race_driver d;
};

FIXTURE_SETUP(fork_race)
{
	if (geteuid())
		SKIP(return, "needs root (move_pages MPOL_MF_MOVE_ALL, compact_memory)");
	if (!race_two_nodes())
		SKIP(return, "needs NUMA nodes 0 and 1 with memory");
	self->buf = mmap(NULL, MAP_LEN, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, self->buf);
	/* Base pages: the anon rmap of small folios is what fork copies. */
	if (madvise(self->buf, MAP_LEN, MADV_NOHUGEPAGE) && errno != EINVAL)
		SKIP(return, "madvise(MADV_NOHUGEPAGE): %s", strerror(errno));
	pattern_fill(self->buf, MAP_LEN, 1);
	ASSERT_EQ(0, race_driver_start(&self->d, -1, 0, self->buf, MAP_LEN));
}

FIXTURE_TEARDOWN(fork_race)
{
	race_driver_stop(&self->d);
	if (self->buf && self->buf != MAP_FAILED)
		munmap(self->buf, MAP_LEN);
}

/*
 * Touch every page at once (a migration entry left behind in the child
 * faults here), then check every page's contents.
 */
static int child_touch_all(void *arg)
{
	char *buf = arg;
	size_t i;

	for (i = 0; i < MAP_LEN / PAGE_SIZE; i++)
		(void)((volatile char *)buf)[i * PAGE_SIZE];
	return pattern_check(buf, MAP_LEN, 1) ? 1 : 0;
}

TEST_F_TIMEOUT(fork_race, children_see_parent_pages, 3600)
{
	int secs = race_seconds(30);
	struct race_children st;

	race_children_run(&self->d, secs, MAX_LIVE, child_touch_all, self->buf, &st);
	race_driver_stop(&self->d);

	ksft_print_msg("%lu forks (%lu aligned to a migration), %lu pages moved, %lu compactions\n",
		       st.forked, st.aligned, self->d.pages_moved, self->d.compactions);
	EXPECT_EQ(0UL, st.failed) {
		ksft_print_msg("first failed child: wait status 0x%x\n", st.first_status);
	}
	EXPECT_LT(0UL, self->d.pages_moved);
	EXPECT_EQ(0UL, pattern_check(self->buf, MAP_LEN, 1));
}

TEST_HARNESS_MAIN
