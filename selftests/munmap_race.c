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
 * (older kernels: the BUG_ON in swap_entry_migration_sync(), from
 * pfn_swap_entry_folio()).
 *
 * The parent's pages keep moving between nodes with compaction running;
 * children fork (sharing those pages through the anon_vma tree), punch
 * holes, mprotect ranges back and forth, mremap pieces, and check every
 * page that is still mapped. A failed child, a changed page or an error
 * taint of the kernel (see race_util.h) fails the test.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "kselftest_harness.h"
#include "race_util.h"

#define NPAGES		2048
#define MAX_LIVE	4
#define CHILD_OPS	16

FIXTURE(munmap_race) {
	char *buf;
	size_t len;
	struct race_driver d;
};

FIXTURE_SETUP(munmap_race)
{
	self->len = NPAGES * psize();
	self->buf = mmap(NULL, self->len, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, self->buf);
	/* Base pages (race_bounce_unsupported() saw madvise() work). */
	ASSERT_EQ(0, race_nothp(self->buf, self->len));
	race_pattern_fill(self->buf, self->len, 2);
	ASSERT_EQ(0, race_driver_start(&self->d, -1, 0, self->buf, self->len));
}

FIXTURE_TEARDOWN(munmap_race)
{
	race_driver_stop(&self->d);
	if (self->buf && self->buf != MAP_FAILED)
		munmap(self->buf, self->len);
}

/* Check the pages of [first, first + n) that are still mapped. */
static int check_range(const char *buf, const unsigned char *gone,
		       size_t first, size_t n)
{
	size_t i, ps = psize();

	for (i = first; i < first + n; i++)
		if (!gone[i] && !race_pattern_page_ok(buf + i * ps, i, 2))
			return 1;
	return 0;
}

/*
 * Change the VMA layout CHILD_OPS times while the parent's pages move,
 * checking the pages each change touched, then all that remain.
 */
static int child_reshape(void *arg)
{
	unsigned char gone[NPAGES] = { 0 };
	char *buf = arg, *p, *tmp;
	unsigned int seed = getpid();
	size_t first, n, i, holes, ps = psize();
	int op;

	for (op = 0; op < CHILD_OPS; op++) {
		first = 1 + rand_r(&seed) % (NPAGES - 66);
		n = 1 + rand_r(&seed) % 64;
		p = buf + first * ps;
		for (holes = 0, i = first; i < first + n; i++)
			holes += gone[i];
		switch (op % 4) {
		case 0:	/* Split off a read-only range, then merge it back. */
			if (holes)	/* mprotect() fails on unmapped pages */
				break;
			if (mprotect(p, n * ps, PROT_READ))
				return 3;
			if (check_range(buf, gone, first, n))
				return 1;
			if (mprotect(p, n * ps, PROT_READ | PROT_WRITE))
				return 3;
			break;
		case 1:	/* Punch a hole. */
			if (munmap(p, n * ps))
				return 3;
			for (i = first; i < first + n; i++)
				gone[i] = 1;
			break;
		case 2:	/* Move a range away and back: new VMA, same anon_vma. */
			tmp = mmap(NULL, n * ps, PROT_NONE,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
			if (tmp == MAP_FAILED)
				return 3;
			/* mremap() needs one VMA: no hole, no split left over. */
			if (holes || mremap(p, n * ps, n * ps,
					    MREMAP_MAYMOVE | MREMAP_FIXED, tmp) != tmp) {
				munmap(tmp, n * ps);
				break;
			}
			/* The pages are now at tmp: check them there. */
			for (i = 0; i < n; i++)
				if (!gone[first + i] &&
				    !race_pattern_page_ok(tmp + i * ps, first + i, 2))
					return 1;
			if (mremap(tmp, n * ps, n * ps,
				   MREMAP_MAYMOVE | MREMAP_FIXED, p) != p)
				return 3;
			break;
		case 3:	/* COW-write a range, with the contents it had. */
			for (i = first; i < first + n; i++)
				if (!gone[i])
					race_pattern_fill_page(buf + i * ps, i, 2);
			break;
		}
		if (check_range(buf, gone, first, n))
			return 1;
	}
	return check_range(buf, gone, 0, NPAGES) ? 2 : 0;
}

TEST_F_TIMEOUT(munmap_race, vma_changes_vs_migration, race_timeout(1, 0))
{
	struct race_children st;
	size_t bad;
	bool clean;
	int denied;

	race_children_run(&self->d, race_seconds(), MAX_LIVE, child_reshape,
			  self->buf, &st);
	race_driver_stop(&self->d);

	ksft_print_msg("%lu children (%lu aligned to a migration)\n", st.forked, st.aligned);
	ksft_print_msg("%lu pages moved, %lu compactions\n",
		       self->d.pages_moved, self->d.compactions);
	clean = race_driver_clean(&self->d);
	EXPECT_TRUE(clean);
	EXPECT_EQ(0UL, st.failed) {
		race_children_report(&st);
	}
	bad = race_pattern_check(self->buf, self->len, 2);
	EXPECT_EQ(0UL, bad);
	denied = atomic_load(&self->d.denied);
	if (denied && clean && !st.failed && !bad)
		SKIP(return, "move_pages(): %s: no page moved between nodes", strerror(denied));
	EXPECT_LT(0UL, st.forked);
	EXPECT_LT(0UL, self->d.pages_moved);
}

int main(int argc, char **argv)
{
	return race_main(argc, argv, race_bounce_unsupported, test_harness_run);
}
