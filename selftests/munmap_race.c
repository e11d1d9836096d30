// SPDX-License-Identifier: GPL-2.0
/*
 * munmap_race - VMA changes (munmap, mprotect, mremap) against rmap walks.
 *
 * Splitting, merging, moving and unmapping a VMA changes its range and
 * pgoff and its place in each anon_vma's interval tree (vma_prepare(),
 * vma_complete() in mm/vma.c). Every anon_vma of a tree shares the root's
 * rwsem, so a migration walking the tree never sees a VMA half changed.
 * If the VMA change took only its own anon_vma's lock, a walker holding
 * the root would compute addresses from a stale range: it misses the
 * migration entry it installed, which survives the page's unlock, and
 * the next fault trips DEBUG_VM's check in softleaf_migration_sync()
 * (6.12: the BUG_ON in pfn_swap_entry_folio()).
 *
 * The parent's pages keep moving between nodes with compaction running;
 * children fork (sharing those pages through the anon_vma tree), punch
 * holes, mprotect ranges back and forth, mremap pieces, and check every
 * page that is still mapped.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "kselftest_harness.h"
#include "race_util.h"

#define MAP_LEN		(8UL << 20)
#define NPAGES		(MAP_LEN / PAGE_SIZE)
#define MAX_LIVE	4
#define CHILD_OPS	16

FIXTURE(munmap_race) {
	char *buf;
	struct race_driver d;
};

FIXTURE_SETUP(munmap_race)
{
	if (geteuid())
		SKIP(return, "needs root (move_pages MPOL_MF_MOVE_ALL, compact_memory)");
	if (!race_two_nodes())
		SKIP(return, "needs NUMA nodes 0 and 1 with memory");
	self->buf = mmap(NULL, MAP_LEN, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, self->buf);
	/* Base pages (EINVAL: no THP, base pages anyway). */
	if (madvise(self->buf, MAP_LEN, MADV_NOHUGEPAGE) && errno != EINVAL)
		SKIP(return, "madvise(MADV_NOHUGEPAGE): %s", strerror(errno));
	pattern_fill(self->buf, MAP_LEN, 2);
	ASSERT_EQ(0, race_driver_start(&self->d, -1, 0, self->buf, MAP_LEN));
}

FIXTURE_TEARDOWN(munmap_race)
{
	race_driver_stop(&self->d);
	if (self->buf && self->buf != MAP_FAILED)
		munmap(self->buf, MAP_LEN);
}

/* Check the pages of [first, first + n) that are still mapped. */
static int check_range(const char *buf, const unsigned char *gone,
		       size_t first, size_t n)
{
	size_t i;

	for (i = first; i < first + n; i++)
		if (!gone[i] && !pattern_page_ok(buf + i * PAGE_SIZE, i, 2))
			return 1;
	return 0;
}

/*
 * Change the VMA layout CHILD_OPS times while the parent's pages move,
 * checking the pages each change touched, then all that remain.
 */
static int child_reshape(void *arg)
{
	static unsigned char gone[NPAGES];
	char *buf = arg;
	unsigned int seed = getpid();
	size_t first, n, i, holes;
	char *p;
	int op;

	for (op = 0; op < CHILD_OPS; op++) {
		first = 1 + rand_r(&seed) % (NPAGES - 66);
		n = 1 + rand_r(&seed) % 64;
		p = buf + first * PAGE_SIZE;
		for (holes = 0, i = first; i < first + n; i++)
			holes += gone[i];
		switch (op % 4) {
		case 0:	/* Split off a read-only range, then merge it back. */
			if (holes)	/* mprotect() fails on unmapped pages */
				break;
			if (mprotect(p, n * PAGE_SIZE, PROT_READ))
				return 3;
			if (check_range(buf, gone, first, n))
				return 1;
			if (mprotect(p, n * PAGE_SIZE, PROT_READ | PROT_WRITE))
				return 3;
			break;
		case 1:	/* Punch a hole. */
			if (munmap(p, n * PAGE_SIZE))
				return 3;
			for (i = first; i < first + n; i++)
				gone[i] = 1;
			break;
		case 2:	/* Move a range away and back: new VMA, same anon_vma. */
		{
			char *tmp = mmap(NULL, n * PAGE_SIZE, PROT_NONE,
					 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

			if (tmp == MAP_FAILED)
				return 3;
			/* mremap() needs one VMA: no hole, no split left over. */
			if (holes || mremap(p, n * PAGE_SIZE, n * PAGE_SIZE,
					    MREMAP_MAYMOVE | MREMAP_FIXED, tmp) != tmp) {
				munmap(tmp, n * PAGE_SIZE);
				break;
			}
			/* The pages are now at tmp: check them there. */
			for (i = 0; i < n; i++)
				if (!gone[first + i] &&
				    !pattern_page_ok(tmp + i * PAGE_SIZE, first + i, 2))
					return 1;
			if (mremap(tmp, n * PAGE_SIZE, n * PAGE_SIZE,
				   MREMAP_MAYMOVE | MREMAP_FIXED, p) != p)
				return 3;
			break;
		}
		case 3:	/* COW-write a range. */
			for (i = first; i < first + n; i++)
				if (!gone[i])
					((volatile char *)buf)[i * PAGE_SIZE + 16] ^= 0;
			break;
		}
		if (check_range(buf, gone, first, n))
			return 1;
	}
	return check_range(buf, gone, 0, NPAGES) ? 2 : 0;
}

TEST_F_TIMEOUT(munmap_race, vma_changes_vs_migration, 3600)
{
	int secs = race_seconds(30);
	struct race_children st;

	race_children_run(&self->d, secs, MAX_LIVE, child_reshape, self->buf, &st);
	race_driver_stop(&self->d);

	ksft_print_msg("%lu children (%lu aligned to a migration)\n", st.forked, st.aligned);
	ksft_print_msg("%lu pages moved, %lu compactions\n",
		       self->d.pages_moved, self->d.compactions);
	EXPECT_EQ(0UL, st.failed) {
		ksft_print_msg("first failed child: wait status 0x%x\n", st.first_status);
	}
	EXPECT_LT(0UL, self->d.pages_moved);
	EXPECT_EQ(0UL, pattern_check(self->buf, MAP_LEN, 2));
}

TEST_HARNESS_MAIN
