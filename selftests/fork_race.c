// SPDX-License-Identifier: GPL-2.0
/*
 * fork_race - fork() against migration of the parent's anonymous pages.
 *
 * dup_mmap() links the child's anon_vma_chain into the parent's anon_vma
 * tree (anon_vma_fork()) before copy_page_range() copies the PTEs. That
 * is safe only because rmap_walk() visits the parent's VMA before the
 * child's (anon_rmap_tree_insert_after() puts the child right after the
 * parent; older kernels: interval-tree ties in insertion order): a
 * migration that installs or removes migration entries then sees the
 * parent first, and copy_page_range() copies whichever state it finds.
 * Visit them the other way round and a migration entry survives in the
 * child after the page is unlocked: the child's next touch trips
 * DEBUG_VM's check in softleaf_migration_sync() (include/linux/leafops.h;
 * older kernels: the BUG_ON in swap_entry_migration_sync(), from
 * pfn_swap_entry_folio()); without it, the child faults on the entry
 * over and over (its folio is unlocked: nothing to wait for) until it is
 * killed. In the THP variant the first to trip that check is the child's
 * own pagemap read of the entry (below): softleaf_to_page() from
 * pagemap_pmd_range_thp().
 *
 * The parent keeps its pages moving between nodes (move_pages(2)) and
 * compaction running, forks while a chunk is being migrated, and each
 * child touches every page, then checks them all. A failed child, a
 * changed page or an error taint of the kernel (a WARN, an oops: see
 * race_util.h) fails the test.
 *
 * Two variants: base pages (the PTE paths: copy_pte_range(),
 * try_to_migrate_one() and remove_migration_pte()), and PMD-mapped THPs
 * (copy_huge_pmd() copying a PMD migration entry, set_pmd_migration_entry()
 * and remove_migration_pmd()), migrated whole unless the kernel splits
 * them. There each child first looks for a PMD migration entry in its
 * own page tables, copied by fork or installed there by a migration
 * since: if no child found one, the THPs were split before they were
 * migrated (or the kernel cannot migrate THPs whole) and the variant
 * SKIPs.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/fs.h>

#include "kselftest_harness.h"
#include "race_util.h"

#define MAP_PAGES	2048
#define MAX_LIVE	4

FIXTURE(fork_race) {
	char *map, *buf;
	size_t map_len, len;
	size_t pmd_size;
	int nr_thps;
	/* THP variant: children that found a PMD migration entry (shared). */
	atomic_ulong *inherited;
	struct race_driver d;
};

FIXTURE_VARIANT(fork_race) {
	bool thp;
};

FIXTURE_VARIANT_ADD(fork_race, base_pages) {
	.thp = false,
};

FIXTURE_VARIANT_ADD(fork_race, thp) {
	.thp = true,
};

FIXTURE_SETUP(fork_race)
{
	size_t align = 0;

	self->len = MAP_PAGES * psize();
	if (variant->thp) {
		/*
		 * move_pages() migrates a THP whole from any of its pages;
		 * the driver's chunks (RACE_BOUNCE_PAGES, 512) are a THP
		 * each with 4 KiB pages.
		 */
		self->pmd_size = read_pmd_pagesize();
		if (!self->pmd_size)
			SKIP(return, "no THP (no transparent_hugepage/hpage_pmd_size)");
		self->nr_thps = self->len / self->pmd_size;
		if (!self->nr_thps)
			SKIP(return, "a PMD (%zu KiB) is larger than the test's mapping (%zu KiB)",
			     self->pmd_size >> 10, self->len >> 10);
		self->len = self->nr_thps * self->pmd_size;
		align = self->pmd_size;
	}
	self->map_len = self->len + align;
	self->map = mmap(NULL, self->map_len, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, self->map);
	self->buf = self->map;
	if (variant->thp) {
		self->buf = (char *)(((uintptr_t)self->map + align - 1) & ~(align - 1));
		if (madvise(self->buf, self->len, MADV_HUGEPAGE))
			SKIP(return, "madvise(MADV_HUGEPAGE): %s", strerror(errno));
	} else {
		/*
		 * Base pages: the anon rmap of small folios is what fork
		 * copies (race_bounce_unsupported() saw madvise() work).
		 */
		ASSERT_EQ(0, race_nothp(self->buf, self->len));
	}
	race_pattern_fill(self->buf, self->len, 1);
	if (variant->thp && !check_huge_anon(self->buf, self->len, self->nr_thps,
					     self->pmd_size))
		SKIP(return, "no PMD-mapped THP after a first touch (THP off? no free %zu KiB?)",
		     self->pmd_size >> 10);
	if (variant->thp) {
		self->inherited = mmap(NULL, sizeof(*self->inherited),
				       PROT_READ | PROT_WRITE,
				       MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		ASSERT_NE(MAP_FAILED, self->inherited);
		atomic_init(self->inherited, 0);
	}
	ASSERT_EQ(0, race_driver_start(&self->d, -1, 0, self->buf, self->len));
}

FIXTURE_TEARDOWN(fork_race)
{
	race_driver_stop(&self->d);
	if (self->map && self->map != MAP_FAILED)
		munmap(self->map, self->map_len);
	if (self->inherited && self->inherited != MAP_FAILED)
		munmap(self->inherited, sizeof(*self->inherited));
}

/*
 * Whether [@addr, @addr + @len) is mapped by one non-present PMD: for our
 * anon THPs, a PMD migration entry (PAGEMAP_SCAN says PAGE_IS_HUGE only of
 * PMD-level entries; a split THP's PTE migration entries are not).
 */
static bool pmd_migration_entry(int fd, char *addr, size_t len)
{
	struct page_region r;
	struct pm_scan_arg arg = {
		.size = sizeof(arg),
		.start = (uintptr_t)addr,
		.end = (uintptr_t)addr + len,
		.vec = (uintptr_t)&r,
		.vec_len = 1,
		.category_mask = PAGE_IS_HUGE | PAGE_IS_SWAPPED,
		.return_mask = PAGE_IS_HUGE | PAGE_IS_SWAPPED,
	};

	return ioctl(fd, PAGEMAP_SCAN, &arg) == 1 && r.start == arg.start &&
	       r.end == arg.end;
}

/*
 * THP variant: whether this child has a PMD migration entry in its page
 * tables. The pagemap read goes through softleaf_to_page(), whose
 * DEBUG_VM check catches an entry left behind with its folio unlocked;
 * PAGEMAP_SCAN then tells a PMD entry from a PTE one. Errors count as
 * "none" (a failed child would be blamed on the kernel).
 */
static void count_inherited(FIXTURE_DATA(fork_race) *self)
{
	int fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
	uint64_t ent;
	char *p;
	int i;

	if (fd < 0)
		return;
	for (i = 0; i < self->nr_thps; i++) {
		p = self->buf + i * self->pmd_size;
		if (pread(fd, &ent, sizeof(ent),
			  (uintptr_t)p / psize() * sizeof(ent)) != sizeof(ent))
			break;
		if ((ent & PM_SWAP) && pmd_migration_entry(fd, p, self->pmd_size)) {
			atomic_fetch_add(self->inherited, 1);
			break;
		}
	}
	close(fd);
}

/*
 * Touch every page at once (a migration entry left behind in the child
 * faults here), then check every page's contents.
 */
static int child_touch_all(void *arg)
{
	FIXTURE_DATA(fork_race) *self = arg;
	size_t i, ps = psize();

	if (self->inherited)
		count_inherited(self);
	for (i = 0; i < self->len / ps; i++)
		FORCE_READ(self->buf[i * ps]);
	return race_pattern_check(self->buf, self->len, 1) ? 1 : 0;
}

TEST_F_TIMEOUT(fork_race, children_see_parent_pages, race_timeout(1, 0))
{
	struct race_children st;
	size_t bad;
	bool clean;
	int denied;

	race_children_run(&self->d, race_seconds(), MAX_LIVE, child_touch_all,
			  self, &st);
	race_driver_stop(&self->d);

	ksft_print_msg("%lu forks (%lu aligned to a migration), %lu pages moved, %lu compactions\n",
		       st.forked, st.aligned, self->d.pages_moved, self->d.compactions);
	if (variant->thp)
		ksft_print_msg("%lu children found a PMD migration entry; THPs at the end: %s\n",
			       atomic_load(self->inherited),
			       check_huge_anon(self->buf, self->len, self->nr_thps,
					       self->pmd_size) ? "all mapped" : "not all mapped");
	clean = race_driver_clean(&self->d);
	EXPECT_TRUE(clean);
	EXPECT_EQ(0UL, st.failed) {
		race_children_report(&st);
	}
	bad = race_pattern_check(self->buf, self->len, 1);
	EXPECT_EQ(0UL, bad);
	denied = atomic_load(&self->d.denied);
	if (denied && clean && !st.failed && !bad)
		SKIP(return, "move_pages(): %s: no page moved between nodes", strerror(denied));
	EXPECT_LT(0UL, st.forked);
	EXPECT_LT(0UL, self->d.pages_moved);
	/* THPs split before migration: the PMD paths were not raced. */
	if (variant->thp && !atomic_load(self->inherited) && clean &&
	    !st.failed && !bad && st.forked && self->d.pages_moved)
		SKIP(return, "no child found a PMD migration entry (THPs split?)");
}

int main(int argc, char **argv)
{
	return race_main(argc, argv, race_bounce_unsupported, test_harness_run);
}
