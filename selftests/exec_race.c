// SPDX-License-Identifier: GPL-2.0
/*
 * exec_race - exec() against migration of the pages of its new stack.
 *
 * execve() builds the new stack at STACK_TOP_MAX, then setup_arg_pages()
 * moves it down (relocate_vma_down(): vma_expand(), move_page_tables(),
 * vma_shrink()). From vma_expand() on, the rmap computes each page's new
 * address only, while its pte is still at the old one until
 * move_page_tables() moves it: a remove_migration_ptes() in between
 * misses a migration entry installed in the old range before the
 * expansion. The entry moves down with the page tables, survives the
 * folio's unlock, and the next touch (strnlen_user() in
 * create_elf_tables()) trips DEBUG_VM's check in
 * softleaf_migration_sync() (older kernels: the BUG_ON in
 * swap_entry_migration_sync(), from pfn_swap_entry_folio()).
 * relocate_vma_down() avoids it by keeping a temporary copy of the
 * stack VMA over the old range in the anon_vma until the page tables
 * have moved, and moving them under the rmap locks; kernels before that
 * did not migrate pages of a VMA tagged VM_STACK_INCOMPLETE_SETUP at all
 * (invalid_migration_vma()).
 *
 * A thread (of a process of its own, see run_racer()) forks children,
 * one at a time, that exec exec_race_child with ~1 MiB of argv/envp;
 * while a child execs, the thread keeps moving the pages just below
 * STACK_TOP_MAX between nodes (move_pages(2) on the child's pid finds
 * them once exec has installed the new mm, see find_stack_tops()), and
 * compaction runs. Each exec'd child checks its arguments and exits 0. A
 * failed child or an error taint of the kernel (see race_util.h) fails
 * the test. One such thread (WORKERS): on a 2-vCPU guest, one reached
 * the race in far fewer execs than two, each with its own child.
 *
 * STACK_TOP_MAX differs between architectures and paging modes: the
 * setup finds it (find_stack_tops()), or skips the test; so does a build
 * with 32-bit pointers, which cannot name it (exec_race_unsupported()).
 *
 * The test maps RACE_EXEC_BALLAST_MB (default 128, 0: none) MiB of
 * ballast before forking (map_ballast()): each child then tears down
 * its copy of the old mm, a pte and a folio's mapping and reference per
 * page, after its new mm (with the stack built at STACK_TOP_MAX) is
 * visible (in setup_new_exec(); older kernels: in exec_mmap()), before
 * setup_arg_pages() moves the stack: a wider window for the worker's
 * move_pages(), which drains the LRU caches of every CPU, then isolates
 * and unmaps a batch of the stack's pages before it moves and remaps
 * them: a remap can come between vma_expand() and move_page_tables()
 * only if all that was done before vma_expand(). The ballast is counted
 * in bytes: with larger pages it has fewer ptes, and widens less.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <numaif.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kselftest_harness.h"
#include "race_util.h"
#include "exec_race.h"

/* Exec'ing children at a time, each with a thread of its own: see above. */
#define WORKERS		1
/* At most this many candidate stack tops found present. */
#define MAX_TOPS	4
/*
 * Stack top candidates: 2^k and 2^k less a page, k from 32 up to the
 * pointer width; at most MAX_CAND (64-bit), none with 32-bit pointers.
 */
#define MIN_TOP_SHIFT	32
#define MAX_CAND	(2 * (64 - MIN_TOP_SHIFT))
#define FIND_TRIES	10
#define FIND_BALLAST	(32UL << 20)
/* The ballast's memfd: mapped again and again, this size each time. */
#define BALLAST_SEG	(2UL << 20)
/* Pause (us) between queries that found no new stack (exec_loop()). */
#define IDLE_POLL_US	2000

/* Exit codes of a forked child whose execve() failed. */
#define EXEC_FAILED_E2BIG	98
#define EXEC_FAILED		99

struct worker {
	pthread_t thread;
	const char *path;
	char **argv, **envp;
	atomic_bool *stop;
	atomic_bool *erred;		/* the kernel reported an error */
	const unsigned long *tops;	/* where exec builds the new stack */
	int ntops;
	size_t span;			/* pages looked at below each top */
	int nodes[2];
	unsigned long execs, failed, moved, refused, hung;
	unsigned long left;		/* killed after an error, not reaped */
	bool stuck;			/* a child not reaped even when killed */
	bool nomem;			/* no memory for its arrays */
	int denied;			/* move_pages() errno: race_move_refused() */
	int first_status;
};

static void *exec_loop(void *arg)
{
	struct worker *w = arg;
	size_t ps = psize(), npages = w->ntops * w->span, i, queued;
	void **pages = calloc(npages, sizeof(*pages));
	int *nodes = calloc(npages, sizeof(*nodes));
	int *status = calloc(npages, sizeof(*status));
	bool *present = calloc(npages, sizeof(*present));
	int t, wstatus = 0;
	enum race_reaped how;
	double deadline;
	pid_t pid, r;
	long ret;

	if (!pages || !nodes || !status || !present) {
		w->nomem = true;
		goto out;
	}
	for (t = 0; t < w->ntops; t++)
		for (i = 0; i < w->span; i++)
			pages[t * w->span + i] = (void *)(w->tops[t] - (i + 1) * ps);
	while (!atomic_load(w->stop) && !atomic_load(w->erred)) {
		pid = fork();
		if (pid == 0) {
			execve(w->path, w->argv, w->envp);
			_exit(EXEC_FAILED);
		}
		if (pid < 0) {
			usleep(10000);	/* EAGAIN: let some children go first */
			continue;
		}
		/*
		 * Until the child is gone (at most RACE_CHILD_SECONDS), move
		 * each page found at the top of its address space to the
		 * other node. move_pages() returns 0 when every queued page
		 * moved, else the number it did not move (those that failed
		 * and those it did not try after the failure) or -errno; only
		 * after a 0 is the status array to be trusted (after a
		 * failure, pages queued with the failed one keep the status
		 * written before). Count the pages at the target after calls
		 * that moved everything, and pages reported not moved: a
		 * kernel that does not migrate a temporary stack's pages
		 * refuses them.
		 */
		deadline = race_now() + RACE_CHILD_SECONDS;
		while ((r = waitpid(pid, &wstatus, WNOHANG)) == 0 &&
		       race_now() < deadline && !w->denied &&
		       !atomic_load(w->erred)) {
			if (move_pages(pid, npages, pages, NULL, status, 0)) {
				if (race_move_refused(errno))
					w->denied = errno;
				continue;
			}
			queued = 0;
			for (i = 0; i < npages; i++) {
				present[i] = status[i] >= 0;
				nodes[i] = status[i] == w->nodes[0] ?
					   w->nodes[1] : w->nodes[0];
				queued += present[i];
			}
			if (!queued) {
				/*
				 * Not the new stack, yet or any more: ask again
				 * in a while. A query holds a reference to the
				 * mm it looks at; one in flight when exec drops
				 * the old mm does the old mm's teardown itself
				 * (the ballast), and the child moves its stack
				 * at once: back to back, queries lose execs.
				 */
				usleep(IDLE_POLL_US);
				continue;
			}
			ret = move_pages(pid, npages, pages, nodes, status,
					 MPOL_MF_MOVE_ALL);
			if (ret < 0 && race_move_refused(errno))
				w->denied = errno;
			if (ret > 0)
				w->refused += ret;
			if (ret)
				continue;
			/* A page gone since the query (exec moved on) is -EFAULT. */
			for (i = 0; i < npages; i++)
				w->moved += present[i] && status[i] == nodes[i];
		}
		w->execs++;
		if (r != pid && atomic_load(w->erred)) {
			/*
			 * The kernel erred, which fails the test: kill the
			 * child, judge it no further (RACE_ERROR_KILL_MS).
			 */
			if (race_kill_child(pid, &wstatus) == RACE_STUCK)
				w->left++;
			break;
		}
		how = RACE_EXITED;
		if (r != pid) {
			/*
			 * Not done in RACE_CHILD_SECONDS: kill it. Denied: let
			 * it finish by itself (by the deadline), no more
			 * polling.
			 */
			how = race_wait_child(pid, &wstatus, w->denied ? deadline : 0);
			w->hung += how != RACE_EXITED;
			if (how == RACE_STUCK) {
				w->stuck = true;
				if (!w->failed++)
					w->first_status = -1;	/* none */
				break;
			}
		}
		if (how != RACE_EXITED || !WIFEXITED(wstatus) || WEXITSTATUS(wstatus)) {
			if (!w->failed++)
				w->first_status = wstatus;
		}
		/* No race without moving pages: stop every worker, and skip. */
		if (w->denied) {
			atomic_store(w->stop, true);
			break;
		}
	}
out:
	free(pages);
	free(nodes);
	free(status);
	free(present);
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
	char *sentinel;
	unsigned long tops[MAX_TOPS];
	int ntops;
};

/* Our own stack VMA, where our exec left it; false if not found. */
static bool own_stack(unsigned long *start, unsigned long *end)
{
	char line[256];
	bool found = false;
	FILE *f = fopen("/proc/self/maps", "r");

	if (!f)
		return false;
	while (fgets(line, sizeof(line), f))
		if (strstr(line, "[stack]") &&
		    sscanf(line, "%lx-%lx", start, end) == 2)
			found = true;
	fclose(f);
	return found;
}

/*
 * *@len (rounded up to BALLAST_SEG) of ballast: BALLAST_SEG of a memfd,
 * mapped privately over and over (one VMA each), every page read in,
 * and one written in each VMA, so that it has an anon_vma and fork()
 * copies its ptes (vma_needs_copy()). The first segment's reads fill the
 * page cache a page a fault; in the others fault-around (64 KiB by
 * default: 16 pages with 4 KiB pages, none with 64 KiB) maps the cached
 * pages, and no mapping costs memory of its own but its page tables and
 * the page written: touching as much anonymous memory takes seconds
 * under emulation, and read faults on it map the zero page, which is
 * unmapped without its rmap. MAP_FAILED if it cannot be had, with errno
 * set.
 */
static char *map_ballast(size_t *len)
{
	size_t ps = psize(), off, i;
	char *p, *seg;
	int fd, err;

	*len = (*len + BALLAST_SEG - 1) / BALLAST_SEG * BALLAST_SEG;
	fd = memfd_create("exec_race ballast", MFD_CLOEXEC);
	if (fd < 0)
		return MAP_FAILED;
	/* Reserve the range: the segments go in place, side by side. */
	p = mmap(NULL, *len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED || ftruncate(fd, BALLAST_SEG))
		goto fail;
	for (off = 0; off < *len; off += BALLAST_SEG) {
		seg = mmap(p + off, BALLAST_SEG, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_FIXED, fd, 0);
		if (seg == MAP_FAILED)
			goto fail;
		/*
		 * Base pages: a PMD-mapped shmem THP is not copied by fork()
		 * (copy_huge_pmd()), a PTE-mapped large folio is copied and
		 * unmapped in batches; shmem_allowable_huge_orders() sees the
		 * madvise() before the first segment's faults fill the cache.
		 */
		err = race_nothp(seg, BALLAST_SEG);
		if (err) {
			errno = err;
			goto fail;
		}
		for (i = 0; i < BALLAST_SEG; i += ps)
			FORCE_READ(seg[i]);
		seg[0] = 1;
	}
	close(fd);
	return p;
fail:
	err = errno;
	if (p != MAP_FAILED)
		munmap(p, *len);
	close(fd);
	errno = err;
	return MAP_FAILED;
}

/*
 * Find STACK_TOP_MAX, where execve() builds the new stack
 * (bprm_mm_init()) before setup_arg_pages() moves it down: x86_64's is
 * 2^47 or 2^56 less a page, arm64's 2^VA_BITS_MIN or 2^vabits_actual,
 * other architectures have theirs. While a child execs, ask move_pages(2)
 * (no nodes: it only says where each page is) where the page below each
 * candidate top (2^k, 2^k less a page) is, and our sentinel page, which
 * the child inherited and which is gone once the new mm is in place. On
 * another task, move_pages() waits for its exec_update_lock (7.3; 6.12
 * did not take it), which exec holds from exec_mmap() to
 * setup_new_exec(): it sees the new mm from then on, still before the old
 * mm is torn down (7.3: in setup_new_exec(), after the lock; 6.12: in
 * exec_mmap()) and the stack moved. A candidate present in the new mm is
 * a top, unless it is inside our own stack: where no stack shift is asked
 * for (no address space randomization, and STACK_TOP == STACK_TOP_MAX:
 * x86_64 with 4-level paging, arm64), the new stack is built where it
 * stays, as ours was, and exec moves nothing; *own_top then says where.
 * The child maps FIND_BALLAST of ballast of its own when the test's,
 * which it inherits, is smaller (if it can), so that tearing its old mm
 * down takes a while. Returns how many tops it put in self->tops,
 * or -errno: -E2BIG when execve() failed so (RLIMIT_STACK too small for
 * the arguments), -errno of race_move_refused() when move_pages() was
 * refused, -ENOEXEC when the child failed otherwise, -ETIMEDOUT when it
 * hung.
 */
static int find_stack_tops(FIXTURE_DATA(exec_race) *self,
			   unsigned long *own_top)
{
	unsigned long stack_start = 0, stack_end = 0;
	void *pages[MAX_CAND + 1];
	int status[MAX_CAND + 1], wstatus = 0, try, err = 0;
	bool seen[MAX_CAND] = { false };
	size_t ps = psize(), n = 0, i;
	unsigned long top;
	double deadline;
	unsigned int k;
	pid_t pid, r;

	for (k = MIN_TOP_SHIFT; k < 8 * sizeof(long) && n < MAX_CAND; k++) {
		top = 1UL << k;
		pages[n++] = (void *)(top - ps);
		pages[n++] = (void *)(top - 2 * ps);
	}
	pages[n] = self->sentinel;
	self->ntops = 0;
	*own_top = 0;
	own_stack(&stack_start, &stack_end);
	for (try = 0; n && try < FIND_TRIES && !self->ntops; try++) {
		pid = fork();
		if (pid == 0) {
			size_t len = FIND_BALLAST;

			if (self->ballast_len < len)
				map_ballast(&len);
			race_child_quiet();
			execve(self->path, self->argv, self->envp);
			_exit(errno == E2BIG ? EXEC_FAILED_E2BIG : EXEC_FAILED);
		}
		if (pid < 0)
			return -errno;
		deadline = race_now() + RACE_CHILD_SECONDS;
		while ((r = waitpid(pid, &wstatus, WNOHANG)) == 0 &&
		       race_now() < deadline && !err) {
			if (move_pages(pid, n + 1, pages, NULL, status, 0)) {
				if (race_move_refused(errno))
					err = -errno;
				continue;
			}
			if (status[n] >= 0)	/* the old mm still */
				continue;
			for (i = 0; i < n; i++)
				seen[i] |= status[i] >= 0;
		}
		/*
		 * Not done in RACE_CHILD_SECONDS: kill it. Refused (err): ask
		 * no more, let it finish by itself (by the deadline).
		 */
		if (r != pid &&
		    race_wait_child(pid, &wstatus, err ? deadline : 0) != RACE_EXITED)
			return -ETIMEDOUT;
		if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == EXEC_FAILED_E2BIG)
			return -E2BIG;
		if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus))
			return -ENOEXEC;
		if (err)
			return err;
		/*
		 * Below a top of 2^k both candidates' pages are present: one
		 * top, 2^k (candidates come in pairs, 2^k first).
		 */
		for (i = 0; i < n && self->ntops < MAX_TOPS; i++) {
			if (!seen[i] || (i % 2 && seen[i - 1]))
				continue;
			top = (unsigned long)pages[i] + ps;
			if (top > stack_start && top <= stack_end)
				*own_top = top;
			else
				self->tops[self->ntops++] = top;
		}
	}
	return self->ntops;
}

/* The exec'd program, next to ours; NULL if there is none. */
static const char *child_path(char *path, size_t size)
{
	char *slash;
	ssize_t n;

	n = readlink("/proc/self/exe", path, size - sizeof("exec_race_child"));
	if (n <= 0)
		return NULL;
	path[n] = '\0';
	slash = strrchr(path, '/');
	if (!slash)
		return NULL;
	memcpy(slash + 1, "exec_race_child", sizeof("exec_race_child"));
	return access(path, X_OK) ? NULL : path;
}

/* RACE_EXEC_BALLAST_MB, see above. */
static long race_exec_ballast_mb(void)
{
	return race_env("RACE_EXEC_BALLAST_MB", 128, 0, 4096);
}

static const char *exec_race_unsupported(void)
{
	char path[PATH_MAX];
	const char *why;

	race_exec_ballast_mb();		/* a bad value fails now */
	why = race_unsupported();
	/*
	 * find_stack_tops() has no candidates below 2^32: a 32-bit process
	 * cannot name a 64-bit kernel's STACK_TOP_MAX, and a 32-bit kernel's
	 * (TASK_SIZE, by its VMSPLIT) is not known here.
	 */
	if (!why && 8 * sizeof(long) <= MIN_TOP_SHIFT)
		why = "exec's new stack (STACK_TOP_MAX) not known with 32-bit pointers";
	if (!why && !child_path(path, sizeof(path)))
		why = "no exec_race_child next to exec_race";
	/* Our creds and cpuset are the children's: ask about our own page. */
	if (!why)
		why = race_move_unsupported();
	return why;
}

FIXTURE_SETUP(exec_race)
{
	unsigned long own_top;
	int i, found;

	ASSERT_NE(NULL, child_path(self->path, sizeof(self->path)));
	self->argv[0] = "exec_race_child";
	for (i = 0; i < EXEC_NARGS; i++) {
		self->argv[i + 1] = make_string(0, i);
		ASSERT_NE(NULL, self->argv[i + 1]);
	}
	for (i = 0; i < EXEC_NENVS; i++) {
		self->envp[i] = make_string(1, i);
		ASSERT_NE(NULL, self->envp[i]);
	}
	self->sentinel = mmap(NULL, psize(), PROT_READ | PROT_WRITE,
			      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, self->sentinel);
	self->sentinel[0] = 1;
	/* First: find_stack_tops()'s children inherit it. */
	self->ballast_len = race_exec_ballast_mb() << 20;
	if (self->ballast_len) {
		size_t asked = self->ballast_len;

		self->ballast = map_ballast(&self->ballast_len);
		if (self->ballast == MAP_FAILED) {
			/* It only widens the window: race without it. */
			ksft_print_msg("no %zu MiB ballast (%s): racing without one\n",
				       asked >> 20, strerror(errno));
			self->ballast_len = 0;
		}
	}
	found = find_stack_tops(self, &own_top);
	if (found == -E2BIG)
		SKIP(return, "execve() with %d KiB of arguments: E2BIG (RLIMIT_STACK too small)",
		     (EXEC_NARGS + EXEC_NENVS) * (EXEC_STRLEN + 1) >> 10);
	if (found < 0 && race_move_refused(-found))
		SKIP(return, "move_pages() on a child: %s", strerror(-found));
	ASSERT_LE(0, found) {
		ksft_print_msg("looking for the new stack: %s\n", strerror(-found));
	}
	if (!found && own_top)
		SKIP(return, "exec's stack stays where it is built (0x%lx): no move",
		     own_top);
	if (!found)
		SKIP(return, "no new stack found below 2^k or 2^k - %u (k >= %d) in %d execs",
		     psize(), MIN_TOP_SHIFT, FIND_TRIES);
	ASSERT_EQ(0, race_driver_start(&self->d, -1, 0, NULL, 0));
}

FIXTURE_TEARDOWN(exec_race)
{
	int i;

	race_driver_stop(&self->d);
	if (self->ballast_len && self->ballast != MAP_FAILED)
		munmap(self->ballast, self->ballast_len);
	if (self->sentinel && self->sentinel != MAP_FAILED)
		munmap(self->sentinel, psize());
	for (i = 0; i < EXEC_NARGS; i++)
		free(self->argv[i + 1]);
	for (i = 0; i < EXEC_NENVS; i++)
		free(self->envp[i]);
}

/* The new stack holds the strings: look a quarter beyond them. */
static size_t stack_span(void)
{
	size_t len = (EXEC_NARGS + EXEC_NENVS) * (EXEC_STRLEN + 1UL);

	return (len + psize() - 1) / psize() * 5 / 4;
}

/*
 * What the racer process (below) shares with the test process: the stop
 * flag, and the workers' counts once it has joined them.
 */
struct racer {
	atomic_bool stop;
	atomic_bool erred;		/* set with stop: kill the children */
	atomic_bool done;		/* the counts below are final */
	int err;			/* pthread_create() */
	bool stuck;			/* a worker not joined in time */
	bool nomem;			/* a worker had no memory */
	unsigned long execs, failed, moved, refused, hung, left;
	int first_status, denied;
};

/*
 * The workers run in a process of their own: once the kernel erred in an
 * exec'ing child (an oops with its mm's mmap_lock held, say), a worker's
 * move_pages() on that child can wait for a lock that is never released,
 * uninterruptibly, and a process with such a thread cannot exit. The
 * test process does not call into the children's mms; its compaction
 * thread can still block on such a lock, but that thread's stop is
 * bounded (race_driver_stop()): the test then reports, and if the
 * blocked thread keeps the process from exiting, the harness gives up on
 * it at its timeout.
 */
static __noreturn void run_racer(FIXTURE_DATA(exec_race) *self, struct racer *r)
{
	struct worker w[WORKERS] = {};
	double deadline;
	int i, n;

	/*
	 * Neither it nor its children (exec_race_child's messages: its exit
	 * code says which check failed) hold the test's output open: one
	 * stuck on a stale migration entry never exits, and whoever reads
	 * that output would never see its end.
	 */
	race_child_quiet();

	for (n = 0; n < WORKERS; n++) {
		w[n].path = self->path;
		w[n].argv = self->argv;
		w[n].envp = self->envp;
		w[n].stop = &r->stop;
		w[n].erred = &r->erred;
		w[n].tops = self->tops;
		w[n].ntops = self->ntops;
		w[n].span = stack_span();
		memcpy(w[n].nodes, self->d.nodes, sizeof(w[n].nodes));
		r->err = pthread_create(&w[n].thread, NULL, exec_loop, &w[n]);
		if (r->err) {
			atomic_store(&r->stop, true);
			break;
		}
	}
	while (!atomic_load(&r->stop))
		usleep(RACE_STOP_POLL_MS * 1000);
	deadline = race_now() + RACE_STOP_SECONDS;
	for (i = 0; i < n; i++) {
		if (!race_join(w[i].thread, deadline)) {
			r->stuck = true;
			continue;
		}
		r->execs += w[i].execs;
		r->moved += w[i].moved;
		r->refused += w[i].refused;
		r->hung += w[i].hung;
		r->left += w[i].left;
		r->stuck |= w[i].stuck;
		r->nomem |= w[i].nomem;
		if (w[i].failed && !r->failed)
			r->first_status = w[i].first_status;
		r->failed += w[i].failed;
		if (w[i].denied)
			r->denied = w[i].denied;
	}
	atomic_store(&r->done, true);
	/* Not exit(): a worker may still be running. */
	_exit(0);
}

/* Extra harness time: find_stack_tops(), up to FIND_TRIES execs. */
TEST_F_TIMEOUT(exec_race, new_stack_vs_migration, race_timeout(1, 30))
{
	struct racer *r;
	enum race_reaped how;
	int i, status = 0;
	double end, deadline;
	pid_t pid, test;
	bool clean;

	for (i = 0; i < self->ntops; i++)
		ksft_print_msg("exec's new stack: below 0x%lx\n", self->tops[i]);
	r = mmap(NULL, sizeof(*r), PROT_READ | PROT_WRITE,
		 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, r);
	memset(r, 0, sizeof(*r));
	atomic_init(&r->stop, false);
	atomic_init(&r->erred, false);
	atomic_init(&r->done, false);
	test = getpid();
	pid = fork();
	if (pid == 0) {
		/* Gone with the test process, however that ends. */
		if (prctl(PR_SET_PDEATHSIG, SIGKILL) || getppid() != test)
			_exit(0);
		run_racer(self, r);
	}
	/*
	 * No ASSERT until the racer is gone: the teardown would run and
	 * the test report with the racer still racing, until the test
	 * process's exit ends it (PR_SET_PDEATHSIG).
	 */
	/* Until the time is up, the kernel erred or a worker was denied. */
	end = race_now() + race_seconds();
	while (pid > 0 && !atomic_load(&r->stop) &&
	       !race_driver_stopped(&self->d) && race_now() < end)
		usleep(RACE_STOP_POLL_MS * 1000);
	/*
	 * Wait for the racer (its workers join theirs); tell it as soon as
	 * the kernel erred, also now, so that they kill their children.
	 */
	atomic_store(&r->stop, true);
	how = RACE_EXITED;
	deadline = race_now() + RACE_STOP_SECONDS + 1;
	while (pid > 0 && waitpid(pid, &status, WNOHANG) == 0) {
		if (race_driver_erred(&self->d))
			atomic_store(&r->erred, true);
		if (race_now() >= deadline) {
			how = race_wait_child(pid, &status, 0);
			break;
		}
		usleep(RACE_STOP_POLL_MS * 1000);
	}
	race_driver_stop(&self->d);
	if (how == RACE_STUCK)
		race_give_up("the exec racer process, even killed,",
			     RACE_STOP_SECONDS + 1 + RACE_KILL_SECONDS);
	ASSERT_LT(0, pid);
	ASSERT_EQ(0, r->err);

	ksft_print_msg("%lu execs, %lu compactions\n", r->execs, self->d.compactions);
	ksft_print_msg("new stack pages: %lu migrated, %lu not migrated or not tried\n",
		       r->moved, r->refused);
	clean = race_driver_clean(&self->d);
	EXPECT_TRUE(clean);
	EXPECT_TRUE(atomic_load(&r->done)) {
		ksft_print_msg("exec racer: wait status 0x%x, %s\n", status,
			       how == RACE_KILLED ? "killed" : "ended before its workers");
	}
	race_report_left(r->left);
	EXPECT_FALSE(r->stuck) {
		ksft_print_msg("worker not joined in %d s or child not reaped %d s after SIGKILL\n",
			       RACE_STOP_SECONDS, RACE_KILL_SECONDS);
	}
	EXPECT_FALSE(r->nomem);
	EXPECT_LT(0UL, r->execs);
	EXPECT_EQ(0UL, r->failed) {
		if (r->first_status == -1)
			ksft_print_msg("first failed exec: not reaped; %lu hung\n", r->hung);
		else
			ksft_print_msg("first failed exec: wait status 0x%x; %lu hung\n",
				       r->first_status, r->hung);
	}
	if (r->denied && _metadata->exit_code == KSFT_PASS)
		SKIP(goto out, "move_pages() on exec'ing children: %s", strerror(r->denied));
	/* Every exec was over before a worker saw its new stack. */
	if (!r->moved && !r->refused && _metadata->exit_code == KSFT_PASS)
		SKIP(goto out, "no page of a new stack found during %lu execs: no race",
		     r->execs);
out:
	munmap(r, sizeof(*r));
}

int main(int argc, char **argv)
{
	return race_main(argc, argv, exec_race_unsupported, test_harness_run);
}
