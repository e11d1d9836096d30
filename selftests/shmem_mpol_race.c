// SPDX-License-Identifier: GPL-2.0
/*
 * shmem_mpol_race - NUMA hinting faults on shmem against shared policy
 * changes.
 *
 * do_numa_page() (and do_huge_pmd_numa_page()) find the policy of the
 * faulting address (for shmem: shmem_get_policy() ->
 * mpol_shared_policy_lookup(), in the object's shared policy tree)
 * before they take the page table lock, and mpol_misplaced() decides
 * under it; older kernels looked the policy up under the lock, where
 * nothing may sleep. The lookup races with mbind() replacing policies on
 * sub-ranges (shared_policy_replace(): for a policy spanning the new
 * range, drop the lock, allocate, retake it and split), which must keep
 * each lookup seeing a whole policy.
 *
 * A memfd mapping has MPOL_BIND|MPOL_F_NUMA_BALANCING over two nodes at
 * its first page (task_numa_work() scans a VMA only if the policy at
 * vm_start can migrate on fault); threads touch every page to take
 * hinting faults, another thread keeps replacing the policies of
 * sub-ranges, compaction runs. Afterwards the whole range is bound to
 * one node and moved there (mbind(MPOL_MF_MOVE)): its contents must be
 * intact. An error taint of the kernel (see race_util.h; a "sleeping
 * function called from invalid context" is a W) fails the test.
 */
#include <errno.h>
#include <numa.h>
#include <numaif.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "kselftest_harness.h"
#include "race_util.h"

/* include/uapi/linux/mempolicy.h: an older numaif.h lacks it. */
#ifndef MPOL_F_NUMA_BALANCING
#define MPOL_F_NUMA_BALANCING	(1 << 13)
#endif

#define NPAGES		4096
#define TOUCHERS	2

static const char * const knobs[][2] = {
	{ "/proc/sys/kernel/numa_balancing", "1" },
	{ "/sys/kernel/debug/sched/numa_balancing/scan_delay_ms", "10" },
	{ "/sys/kernel/debug/sched/numa_balancing/scan_period_min_ms", "10" },
	{ "/sys/kernel/debug/sched/numa_balancing/scan_period_max_ms", "100" },
	{ "/sys/kernel/debug/sched/numa_balancing/scan_size_mb", "64" },
};

FIXTURE(shmem_mpol) {
	char *buf;
	size_t len;
	struct race_driver d;
	/* Node masks: both nodes, and each alone. */
	struct bitmask *both, *one[2];
	atomic_bool stop;
	unsigned long replaced, replace_failed;
	char saved[ARRAY_SIZE(knobs)][32];
	/* The knob guard (knob_guard()) and the pipe it watches. */
	pid_t guard;
	int guard_fd;
};

/* Put NUMA balancing back as it was, for the tests that follow. */
static void restore_knobs(FIXTURE_DATA(shmem_mpol) *self)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(knobs); i++)
		if (self->saved[i][0])
			race_write_file(knobs[i][0], self->saved[i]);
}

/*
 * The knobs are system-wide: put them back however the test process
 * ends. The harness kills a test that outlives its timeout with its whole
 * process group, teardown included, so a process of its own group waits
 * for EOF on a pipe whose write end only the test's processes hold, and
 * then writes the saved values back (again, after a teardown that did).
 */
static int knob_guard(FIXTURE_DATA(shmem_mpol) *self)
{
	unsigned int i;
	int fd[2], err;
	char c;

	self->guard = -1;
	self->guard_fd = -1;
	if (pipe(fd))
		return errno;
	self->guard = fork();
	if (self->guard == 0) {
		setpgid(0, 0);
		close(fd[1]);
		for (;;) {
			ssize_t r = read(fd[0], &c, 1);

			if (r == 0 || (r < 0 && errno != EINTR))
				break;
		}
		for (i = 0; i < ARRAY_SIZE(knobs); i++)
			if (self->saved[i][0])
				race_write_file(knobs[i][0], self->saved[i]);
		_exit(0);
	}
	err = errno;
	close(fd[0]);
	if (self->guard < 0) {
		close(fd[1]);
		return err;
	}
	/*
	 * Both sides, so that the guard leaves the test's process group as
	 * soon as either has run: only a group kill between fork() and the
	 * first of them still reaches it.
	 */
	setpgid(self->guard, self->guard);
	self->guard_fd = fd[1];
	return 0;
}

/* Let the guard go (it restores the knobs once more) and reap it. */
static void knob_guard_end(FIXTURE_DATA(shmem_mpol) *self)
{
	int status;

	if (self->guard_fd >= 0)
		close(self->guard_fd);
	self->guard_fd = -1;
	if (self->guard > 0)
		race_wait_child(self->guard, &status, race_now() + RACE_KILL_SECONDS);
	self->guard = -1;
}

static const char *shmem_mpol_unsupported(void)
{
	const char *why = race_unsupported();
	unsigned int i;

	if (why)
		return why;
	if (access(knobs[0][0], W_OK))
		return "no NUMA balancing (CONFIG_NUMA_BALANCING)";
	for (i = 1; i < ARRAY_SIZE(knobs); i++)
		if (access(knobs[i][0], W_OK))
			return "no NUMA balancing knobs in debugfs (older kernels: SCHED_DEBUG)";
	return NULL;
}

static long mbind_mask(void *addr, size_t len, int mode, struct bitmask *mask,
		       unsigned int flags)
{
	/* As libnuma passes them: the kernel reads maxnode - 1 bits. */
	return mbind(addr, len, mode, mask->maskp, mask->size + 1, flags);
}

FIXTURE_SETUP(shmem_mpol)
{
	int nodes[2], fd, err, i;

	ASSERT_EQ(2, race_pick_nodes(nodes));
	self->both = numa_allocate_nodemask();
	ASSERT_NE(NULL, self->both);
	for (i = 0; i < 2; i++) {
		self->one[i] = numa_allocate_nodemask();
		ASSERT_NE(NULL, self->one[i]);
		numa_bitmask_setbit(self->one[i], nodes[i]);
		numa_bitmask_setbit(self->both, nodes[i]);
	}
	self->len = NPAGES * psize();
	fd = memfd_create("shmem_mpol_race", 0);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, ftruncate(fd, self->len));
	self->buf = mmap(NULL, self->len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	ASSERT_NE(MAP_FAILED, self->buf);
	/*
	 * A policy that migrates on fault at vm_start (vma_policy_mof()):
	 * without one, task_numa_work() takes the task's policy, and skips
	 * the VMA when the task has one of its own without MPOL_F_MOF
	 * (numactl --membind, say).
	 */
	err = mbind_mask(self->buf, self->len, MPOL_BIND | MPOL_F_NUMA_BALANCING,
			 self->both, 0) ? errno : 0;
	if (err == EPERM || err == EACCES)
		SKIP(return, "mbind(): %s", strerror(err));
	ASSERT_EQ(0, err) {
		ksft_print_msg("mbind(MPOL_BIND | MPOL_F_NUMA_BALANCING): %s\n", strerror(err));
	}
	race_pattern_fill(self->buf, self->len, 4);
	/*
	 * The knobs last: saved, then guarded (knob_guard()), then set, and
	 * put back before a SKIP or ASSERT too: the harness runs the
	 * teardown only after a setup that completed.
	 */
	for (i = 0; i < (int)ARRAY_SIZE(knobs); i++)
		if (!read_file(knobs[i][0], self->saved[i], sizeof(self->saved[i])))
			SKIP(return, "cannot read %s (debugfs mounted?)", knobs[i][0]);
	err = knob_guard(self);
	if (err)
		SKIP(return, "no process to put the knobs back: %s", strerror(err));
	for (i = 0; i < (int)ARRAY_SIZE(knobs); i++) {
		if (race_write_file(knobs[i][0], knobs[i][1])) {
			restore_knobs(self);
			knob_guard_end(self);
			SKIP(return, "cannot set %s (debugfs mounted?)", knobs[i][0]);
		}
	}
	err = race_driver_start(&self->d, -1, 0, NULL, 0);
	if (err) {
		restore_knobs(self);
		knob_guard_end(self);
	}
	ASSERT_EQ(0, err);
}

FIXTURE_TEARDOWN(shmem_mpol)
{
	race_driver_stop(&self->d);
	restore_knobs(self);
	knob_guard_end(self);
	if (self->buf && self->buf != MAP_FAILED)
		munmap(self->buf, self->len);
	numa_bitmask_free(self->one[0]);
	numa_bitmask_free(self->one[1]);
	numa_bitmask_free(self->both);
}

struct toucher {
	FIXTURE_DATA(shmem_mpol) *self;
	int id;
	unsigned long passes, bad;
	long faults;		/* our page faults: hinting faults among them */
};

/* Read every page again and again: NUMA hinting faults on shmem. */
static void *touch_loop(void *arg)
{
	struct toucher *t = arg;
	size_t i, ps = psize();
	struct rusage ru;
	long before;

	getrusage(RUSAGE_THREAD, &ru);
	before = ru.ru_minflt;
	while (!atomic_load(&t->self->stop)) {
		for (i = t->id; i < NPAGES; i += TOUCHERS)
			t->bad += !race_pattern_page_ok(t->self->buf + i * ps, i, 4);
		t->passes++;
	}
	getrusage(RUSAGE_THREAD, &ru);
	t->faults = ru.ru_minflt - before;
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
	struct bitmask *mask;
	size_t first, n, ps = psize();
	int mode;

	while (!atomic_load(&self->stop)) {
		first = 1 + rand_r(&seed) % (NPAGES - 257);
		n = 1 + rand_r(&seed) % 256;
		mode = modes[rand_r(&seed) % 4];
		mask = (mode == MPOL_INTERLEAVE || (mode & MPOL_F_NUMA_BALANCING)) ?
			self->both : self->one[rand_r(&seed) % 2];
		if (mbind_mask(self->buf + first * ps, n * ps, mode, mask, 0))
			self->replace_failed++;
		self->replaced++;
	}
	return NULL;
}

/* Pages of the range not on @node (move_pages(2) query); -1 on error. */
static long pages_off_node(char *buf, int node)
{
	void **pages = calloc(NPAGES, sizeof(*pages));
	int *status = calloc(NPAGES, sizeof(*status));
	long i, off = -1;

	if (!pages || !status)
		goto out;
	for (i = 0; i < NPAGES; i++)
		pages[i] = buf + i * psize();
	if (move_pages(0, NPAGES, pages, NULL, status, 0))
		goto out;
	off = 0;
	for (i = 0; i < NPAGES; i++)
		off += status[i] >= 0 && status[i] != node;
out:
	free(pages);
	free(status);
	return off;
}

/* Our mm->numa_scan_seq (passes of task_numa_work()), or -1. */
static long mm_scan_seq(void)
{
	static const char key[] = "mm->numa_scan_seq";
	char line[256], *colon;
	long seq = -1;
	FILE *f = fopen("/proc/self/sched", "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		colon = strchr(line, ':');
		if (!strncmp(line, key, sizeof(key) - 1) && colon) {
			seq = strtol(colon + 1, NULL, 10);
			break;
		}
	}
	fclose(f);
	return seq;
}

TEST_F_TIMEOUT(shmem_mpol, hinting_faults_vs_policy_replace,
	       race_timeout(2, 2 * RACE_STOP_SECONDS))
{
	struct toucher t[TOUCHERS];
	pthread_t th[TOUCHERS], rep;
	long hint_faults = race_vmstat_read("numa_hint_faults");
	long seq = mm_scan_seq(), faults = 0, off, ret;
	unsigned long bad = 0;
	int i, n, err = 0, node = self->d.nodes[1];
	bool replacing = false, stuck = false, clean;
	double start = race_now(), deadline, raced;

	atomic_init(&self->stop, false);
	/*
	 * No ASSERT while the threads run: an older harness longjmp()s out
	 * of this frame, which they use; this one runs the teardown, which
	 * unmaps the buffer, under them. Stop and join them first.
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
		race_driver_wait(&self->d, race_seconds());
	/*
	 * A pass of task_numa_work() over our mm may not have completed
	 * in that time on a starved machine (seen once in a TCG guest on a
	 * busy host: 4,405 faults, no pass): race on until one does, for
	 * up to as long again.
	 */
	deadline = race_now() + race_seconds();
	while (!err && seq >= 0 && mm_scan_seq() == seq &&
	       !race_driver_stopped(&self->d) && race_now() < deadline)
		race_driver_wait(&self->d, 1);
	raced = race_now() - start;
	atomic_store(&self->stop, true);
	deadline = race_now() + RACE_STOP_SECONDS;
	for (i = 0; i < n; i++) {
		if (!race_join(th[i], deadline)) {
			stuck = true;
			continue;
		}
		bad += t[i].bad;
		faults += t[i].faults;
	}
	if (replacing && !race_join(rep, deadline))
		stuck = true;
	race_driver_stop(&self->d);
	if (stuck) {
		restore_knobs(self);
		race_give_up("a reader or policy thread", RACE_STOP_SECONDS);
	}
	ASSERT_EQ(0, err);
	if (seq >= 0)
		seq = mm_scan_seq() - seq;
	if (hint_faults >= 0)
		hint_faults = race_vmstat_read("numa_hint_faults") - hint_faults;

	ksft_print_msg("%.1f s: %ld faults in %lu+%lu read passes, %ld NUMA scans of our mm\n",
		       raced, faults, t[0].passes, t[1].passes, seq);
	ksft_print_msg("%ld hinting faults system-wide, %lu compactions\n",
		       hint_faults, self->d.compactions);
	ksft_print_msg("%lu policy replacements (%lu failed)\n",
		       self->replaced, self->replace_failed);
	clean = race_driver_clean(&self->d);
	EXPECT_TRUE(clean);
	EXPECT_EQ(0UL, self->replace_failed);
	EXPECT_EQ(0UL, bad);

	/*
	 * Bind everything to one node and move it there: more migrations
	 * through the policies left behind. Some pages may stay (busy at
	 * the time): mbind()'s business, not the race's.
	 */
	ret = mbind_mask(self->buf, self->len, MPOL_BIND, self->one[1], MPOL_MF_MOVE);
	err = ret ? errno : 0;
	EXPECT_EQ(0, err) {
		ksft_print_msg("mbind(MPOL_MF_MOVE): %s\n", strerror(err));
	}
	off = pages_off_node(self->buf, node);
	ksft_print_msg("%ld of %d pages not on node %d after mbind()\n", off, NPAGES, node);
	EXPECT_EQ(0UL, race_pattern_check(self->buf, self->len, 4));

	/*
	 * Whether the race ran at all: a pass of task_numa_work() over our
	 * mm completed (it armed hinting faults on what it scanned) and
	 * hinting faults were taken. The kernel keeps no up-to-date
	 * per-task or per-mm count of them (a task's numa_faults are folded
	 * in once per pass), so the second is the system-wide counter: on
	 * a busy machine it says less. Neither, even in the extra time:
	 * a machine too slow for the race, not a kernel failure; a SKIP
	 * unless a check above failed. Without /proc/self/sched or the
	 * counter there is no telling.
	 */
	if (seq < 0 || hint_faults < 0)
		ksft_print_msg("no numa_scan_seq or numa_hint_faults: did it race?\n");
	else if ((!seq || !hint_faults) && _metadata->exit_code == KSFT_PASS)
		SKIP(return, "%ld NUMA scans of our mm, %ld hinting faults in %.1f s: no race",
		     seq, hint_faults, raced);
}

int main(int argc, char **argv)
{
	return race_main(argc, argv, shmem_mpol_unsupported, test_harness_run);
}
