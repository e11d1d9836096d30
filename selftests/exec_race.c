// SPDX-License-Identifier: GPL-2.0
/*
 * exec_race - exec() against migration of the pages of its new stack.
 *
 * execve() builds the new stack at STACK_TOP_MAX, then setup_arg_pages()
 * moves it down (relocate_vma_down(): vma_expand(), move_page_tables()
 * without rmap locks, vma_shrink()). A migration entry installed in the
 * old range while the page tables move would be looked for at the new
 * address by remove_migration_ptes(); it survives the page's unlock and
 * the next touch (strnlen_user() in load_elf_binary) trips DEBUG_VM's
 * check in softleaf_migration_sync() (6.12: the BUG_ON in
 * pfn_swap_entry_folio()). 6.12 and 7.3 avoid it by not migrating pages
 * of a VMA tagged VM_STACK_INCOMPLETE_SETUP (invalid_migration_vma()).
 *
 * Two threads fork children that exec exec_race_child with ~1 MiB of
 * argv/envp; while a child execs, its thread keeps moving the pages just
 * below STACK_TOP_MAX between nodes (move_pages(2) on the child's pid
 * finds them once exec_mmap() has installed the new mm), and compaction
 * runs. Each exec'd child checks its arguments and exits 0.
 *
 * RACE_EXEC_BALLAST_MB=N maps and touches N MiB before forking: each child
 * then tears down that copy in exec_mmap()'s mmput() after its new mm (and
 * temporary stack) is visible: a wide window, in which the base refuses
 * to migrate the new stack's pages ("not migrated") and the series moves
 * them.
 */
#include <errno.h>
#include <limits.h>
#include <numaif.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kselftest_harness.h"
#include "race_util.h"
#include "exec_race.h"

#define WORKERS		2
#define SPAN_PAGES	320

/* STACK_TOP_MAX on x86_64 with 4-level and 5-level page tables. */
static const unsigned long stack_tops[] = { 0x7ffffffff000UL, 0xfffffffffff000UL };

struct worker {
	pthread_t thread;
	const char *path;
	char **argv, **envp;
	volatile int *stop;
	unsigned long execs, failed, moved, refused;
	int first_status;
};

static void *exec_loop(void *arg)
{
	struct worker *w = arg;
	int npages = SPAN_PAGES * 2;
	void *pages[SPAN_PAGES * 2];
	int nodes[SPAN_PAGES * 2], status[SPAN_PAGES * 2];
	bool present[SPAN_PAGES * 2];
	int i, t, wstatus, queued;
	long ret;
	pid_t pid;

	for (t = 0; t < 2; t++)
		for (i = 0; i < SPAN_PAGES; i++)
			pages[t * SPAN_PAGES + i] =
				(void *)(stack_tops[t] - (i + 1) * PAGE_SIZE);
	while (!*w->stop) {
		pid = fork();
		if (pid == 0) {
			execve(w->path, w->argv, w->envp);
			_exit(99);
		}
		if (pid < 0)
			continue;
		/*
		 * Until the child is gone, move each page found at the top of
		 * its address space to the other node. move_pages() writes the
		 * target node into the status of every page it queued, moved
		 * or not; its return value is what tells: 0 when every queued
		 * page moved, else the number it did not move (those that
		 * failed and those it did not try after the failure). Count
		 * the pages at the target after calls that moved everything,
		 * and pages reported not moved: the base refuses a temporary
		 * stack's pages.
		 */
		while (waitpid(pid, &wstatus, WNOHANG) == 0) {
			if (move_pages(pid, npages, pages, NULL, status, 0))
				continue;
			for (i = queued = 0; i < npages; i++) {
				present[i] = status[i] >= 0;
				nodes[i] = status[i] == 0;
				queued += present[i];
			}
			if (!queued)
				continue;
			ret = move_pages(pid, npages, pages, nodes, status,
					 MPOL_MF_MOVE_ALL);
			if (ret > 0)
				w->refused += ret;
			if (ret)
				continue;
			/* A page gone since the query (exec moved on) is -EFAULT. */
			for (i = 0; i < npages; i++)
				w->moved += present[i] && status[i] == nodes[i];
		}
		w->execs++;
		if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus)) {
			if (!w->failed++)
				w->first_status = wstatus;
		}
	}
	return NULL;
}

static char *make_string(int env, int i)
{
	char *s = malloc(EXEC_STRLEN + 1);
	int j;

	if (!s)
		return NULL;
	for (j = 0; j < EXEC_STRLEN; j++)
		s[j] = exec_race_char(env, i, j);
	s[EXEC_STRLEN] = '\0';
	return s;
}

FIXTURE(exec_race) {
	char path[PATH_MAX];
	char *argv[EXEC_NARGS + 2];
	char *envp[EXEC_NENVS + 1];
	struct race_driver d;
	char *ballast;
	size_t ballast_len;
};

FIXTURE_SETUP(exec_race)
{
	char *slash;
	ssize_t n;
	int i;

	if (geteuid())
		SKIP(return, "needs root (move_pages MPOL_MF_MOVE_ALL, compact_memory)");
	if (!race_two_nodes())
		SKIP(return, "needs NUMA nodes 0 and 1 with memory");
	n = readlink("/proc/self/exe", self->path, sizeof(self->path) - 32);
	ASSERT_LT(0, n);
	self->path[n] = '\0';
	slash = strrchr(self->path, '/');
	ASSERT_NE(NULL, slash);
	memcpy(slash + 1, "exec_race_child", sizeof("exec_race_child"));
	if (access(self->path, X_OK))
		SKIP(return, "%.200s missing", self->path);
	self->argv[0] = "exec_race_child";
	for (i = 0; i < EXEC_NARGS; i++)
		ASSERT_NE(NULL, self->argv[i + 1] = make_string(0, i));
	for (i = 0; i < EXEC_NENVS; i++)
		ASSERT_NE(NULL, self->envp[i] = make_string(1, i));
	self->ballast_len = race_env("RACE_EXEC_BALLAST_MB", 0) << 20;
	if (self->ballast_len) {
		self->ballast = mmap(NULL, self->ballast_len,
				     PROT_READ | PROT_WRITE,
				     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		ASSERT_NE(MAP_FAILED, self->ballast);
		/* Base pages: exec_mmap() tears down many ptes, slowly. */
		if (madvise(self->ballast, self->ballast_len, MADV_NOHUGEPAGE) &&
		    errno != EINVAL)
			SKIP(return, "madvise(MADV_NOHUGEPAGE): %s", strerror(errno));
		memset(self->ballast, 1, self->ballast_len);
	}
	ASSERT_EQ(0, race_driver_start(&self->d, -1, 0, NULL, 0));
}

FIXTURE_TEARDOWN(exec_race)
{
	race_driver_stop(&self->d);
	if (self->ballast_len)
		munmap(self->ballast, self->ballast_len);
}

TEST_F_TIMEOUT(exec_race, new_stack_vs_migration, 3600)
{
	struct worker w[WORKERS] = {};
	unsigned long execs = 0, failed = 0, moved = 0, refused = 0;
	volatile int stop = 0;
	int i, n, err = 0, first_status = 0;

	/*
	 * No ASSERT while the workers run: 6.12's harness longjmp()s out of
	 * this frame, which they use; 7.3's runs the teardown under them.
	 * Stop and join them first.
	 */
	for (n = 0; n < WORKERS; n++) {
		w[n].path = self->path;
		w[n].argv = self->argv;
		w[n].envp = self->envp;
		w[n].stop = &stop;
		err = pthread_create(&w[n].thread, NULL, exec_loop, &w[n]);
		if (err)
			break;
	}
	if (!err)
		sleep(race_seconds(30));
	stop = 1;
	for (i = 0; i < n; i++) {
		pthread_join(w[i].thread, NULL);
		execs += w[i].execs;
		moved += w[i].moved;
		refused += w[i].refused;
		if (w[i].failed && !failed)
			first_status = w[i].first_status;
		failed += w[i].failed;
	}
	race_driver_stop(&self->d);
	ASSERT_EQ(0, err);

	ksft_print_msg("%lu execs, %lu compactions\n", execs, self->d.compactions);
	ksft_print_msg("new stack pages of exec'ing children: %lu migrated, %lu not migrated\n",
		       moved, refused);
	EXPECT_LT(0UL, execs);
	EXPECT_EQ(0UL, failed) {
		ksft_print_msg("first failed exec: wait status 0x%x\n", first_status);
	}
}

TEST_HARNESS_MAIN
