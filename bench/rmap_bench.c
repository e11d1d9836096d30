// SPDX-License-Identifier: GPL-2.0
/*
 * rmap_bench - the micro-benchmarks make bench runs in the guest, each for
 * a given number of seconds of guest time (under QEMU's icount mode guest
 * time counts executed instructions, so these are instruction counts):
 *
 *   exec       fork + exec of a tiny static program + wait (aim9 exec_test)
 *   exec-argv  the same with 256 KiB of arguments: a 65-page stack to move
 *   fork       fork + _exit + wait (aim9 fork_test)
 *   fork-anon  the same from a parent with 16 MiB of private anon memory
 *              (anon_vma_fork(), copy_page_range(), the exit's unmap)
 *   mix        process creation heavy mix standing in for kernbench: four
 *              children at a time, each maps and touches 1 MiB, pushes
 *              64 KiB through a pipe and execs the tiny program
 *   numa       NUMA hinting faults on a 16 MiB shmem mapping with a shared
 *              policy (MPOL_BIND to the task's node | MPOL_F_NUMA_BALANCING,
 *              so faults decide and nothing migrates), the scanner made
 *              fast; fault rate, the time a faulting touch takes (TSC),
 *              and the page table lock's hold time from /proc/lock_stat
 *              (CONFIG_LOCK_STAT)
 *   numa-anon  the same on 16 MiB of private anon memory in base pages
 *              (PR_SET_THP_DISABLE) without a VMA policy, with a second
 *              (idle) thread: the task policy decides, on the task's
 *              node, so nothing migrates either
 *   fault      first write to each page of fresh private anon memory (base
 *              pages): do_anonymous_page(), a fault that is not a hinting
 *              fault; its median, and how many of the timed touches
 *              faulted (getrusage), which must be all of them
 *   migrate    move_pages() of 16 MiB of anon memory between nodes 0 and 1
 *   ops        exact per-operation costs: thousands of single operations
 *              timed each (TSC), their median, 25th percentile and minimum
 *              in ns (instructions under icount), in turn for a share of
 *              SECONDS each; op-NAME runs test NAME alone for SECONDS (the
 *              tests: see op_tests[] and the comment above it)
 *
 * Everything runs on CPU 0. Usage: rmap_bench MODE SECONDS [TRUE_PATH]. Output, one line per figure:
 *   bench: NAME VALUE UNIT higher|lower|info
 * ("higher" or "lower" is better; "info": context, not a cost). A mode that cannot run prints
 * "bench: skip MODE: reason" and exits 4; a failure exits 1.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <numaif.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <x86intrin.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <linux/magic.h>

#define PAGE		4096UL
#define MIB		(1024UL * 1024)

static const char *true_path = "/bench/bench_true";

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void report(const char *name, double val, const char *unit,
		   const char *better)
{
	printf("bench: %s %.6g %s %s\n", name, val, unit, better);
	fflush(stdout);
}

static void __attribute__((noreturn)) skip(const char *mode, const char *why)
{
	printf("bench: skip %s: %s\n", mode, why);
	exit(4);
}

static void __attribute__((noreturn)) fail(const char *what)
{
	fprintf(stderr, "rmap_bench: %s: %s\n", what, strerror(errno));
	exit(1);
}

static void wait_ok(pid_t pid)
{
	int st;

	if (pid < 0)
		fail("fork");
	if (waitpid(pid, &st, 0) != pid)
		fail("waitpid");
	if (!WIFEXITED(st) || WEXITSTATUS(st)) {
		fprintf(stderr, "rmap_bench: child status 0x%x\n", st);
		exit(1);
	}
}

static void spawn_exec(char **argv)
{
	pid_t pid = fork();

	if (pid == 0) {
		execv(true_path, argv);
		_exit(127);
	}
	wait_ok(pid);
}

static void bench_exec(double secs, bool big)
{
	static char *argv[70];
	unsigned long n = 0;
	double t0, t;
	int i;

	argv[0] = "bench_true";
	if (big) {
		for (i = 1; i <= 64; i++) {
			argv[i] = malloc(PAGE);
			if (!argv[i])
				fail("malloc");
			memset(argv[i], 'a' + i % 26, PAGE - 1);
			argv[i][PAGE - 1] = '\0';
		}
	}
	t0 = now();
	do {
		spawn_exec(argv);
		n++;
	} while ((t = now() - t0) < secs);
	report(big ? "exec-argv" : "exec", n / t, "ops/s", "higher");
}

static void bench_fork(double secs, size_t anon)
{
	unsigned long n = 0;
	double t0, t;
	char *buf = NULL;
	pid_t pid;

	if (anon) {
		buf = mmap(NULL, anon, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (buf == MAP_FAILED)
			fail("mmap");
		madvise(buf, anon, MADV_NOHUGEPAGE);
		memset(buf, 1, anon);
	}
	t0 = now();
	do {
		pid = fork();
		if (pid == 0)
			_exit(0);
		wait_ok(pid);
		n++;
	} while ((t = now() - t0) < secs);
	report(anon ? "fork-anon" : "fork", n / t, "ops/s", "higher");
	if (buf)
		munmap(buf, anon);
}

static void mix_child(int wfd)
{
	static char *argv[] = { "bench_true", NULL };
	size_t len = MIB, off;
	char *buf;

	buf = mmap(NULL, len, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (buf == MAP_FAILED)
		_exit(2);
	for (off = 0; off < len; off += PAGE)
		buf[off] = (char)off;
	for (off = 0; off < 64 * 1024; off += PAGE)
		if (write(wfd, buf + off, PAGE) != PAGE)
			_exit(3);
	close(wfd);
	execv(true_path, argv);
	_exit(127);
}

static void bench_mix(double secs)
{
	struct rusage r0, r1;
	unsigned long n = 0;
	char buf[PAGE];
	double t0, t, sys;
	int i, fd[4][2];
	pid_t pid[4];

	getrusage(RUSAGE_CHILDREN, &r0);
	t0 = now();
	do {
		for (i = 0; i < 4; i++) {
			if (pipe(fd[i]))
				fail("pipe");
			pid[i] = fork();
			if (pid[i] == 0) {
				close(fd[i][0]);
				mix_child(fd[i][1]);
			}
			close(fd[i][1]);
		}
		for (i = 0; i < 4; i++) {
			while (read(fd[i][0], buf, sizeof(buf)) > 0)
				;
			close(fd[i][0]);
			wait_ok(pid[i]);
		}
		n++;
	} while ((t = now() - t0) < secs);
	getrusage(RUSAGE_CHILDREN, &r1);
	sys = (r1.ru_stime.tv_sec - r0.ru_stime.tv_sec) +
	      (r1.ru_stime.tv_usec - r0.ru_stime.tv_usec) / 1e6;
	report("mix", n / t, "rounds/s", "higher");
	report("mix-sys", sys / n * 1000, "ms/round", "lower");
}

static long vmstat(const char *name)
{
	char line[256];
	size_t len = strlen(name);
	long v = -1;
	FILE *f = fopen("/proc/vmstat", "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, name, len) && line[len] == ' ')
			v = atol(line + len + 1);
	fclose(f);
	return v;
}

static int write_file(const char *path, const char *val)
{
	int fd = open(path, O_WRONLY);
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = write(fd, val, strlen(val));
	close(fd);
	return n < 0 ? -errno : 0;
}

/*
 * Sum acquisitions and hold time (us) of the lock classes whose name
 * contains @pat: the class lines of /proc/lock_stat end in twelve
 * numbers, the last five acquisitions, holdtime-min/max/total/avg.
 */
static int lock_stat_sum(const char *pat, double *acq, double *hold_us)
{
	char line[1024];
	int found = 0;
	FILE *f = fopen("/proc/lock_stat", "r");

	*acq = *hold_us = 0;
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		char *colon = strrchr(line, ':');
		double v[12];
		int n = 0;
		char *p, *end;

		if (!colon || !strstr(line, pat) || strstr(line, pat) > colon)
			continue;
		for (p = colon + 1; n < 12; p = end) {
			v[n] = strtod(p, &end);
			if (end == p)
				break;
			n++;
		}
		if (n != 12)
			continue;
		*acq += v[7];
		*hold_us += v[10];
		found++;
		fprintf(stderr, "rmap_bench: lock_stat:%s", line);
	}
	fclose(f);
	return found;
}

static bool two_nodes(void)
{
	return !access("/sys/devices/system/node/node0", F_OK) &&
	       !access("/sys/devices/system/node/node1", F_OK);
}

static const char *const numa_knobs[][2] = {
	{ "/proc/sys/kernel/numa_balancing", "1" },
	{ "/sys/kernel/debug/sched/numa_balancing/scan_delay_ms", "0" },
	{ "/sys/kernel/debug/sched/numa_balancing/scan_period_min_ms", "10" },
	{ "/sys/kernel/debug/sched/numa_balancing/scan_period_max_ms", "10" },
	{ "/sys/kernel/debug/sched/numa_balancing/scan_size_mb", "64" },
};

#define NKNOBS	(sizeof(numa_knobs) / sizeof(numa_knobs[0]))

static int read_line(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "r");
	int ret = -1;

	if (f && fgets(buf, size, f)) {
		buf[strcspn(buf, "\n")] = '\0';
		ret = 0;
	}
	if (f)
		fclose(f);
	return ret;
}

/* Put back the first @n knobs bench_numa() changed. */
static void restore_knobs(char saved[][32], unsigned int n)
{
	while (n--)
		write_file(numa_knobs[n][0], saved[n]);
}

/* Histogram of faulting touches, 1 ns buckets up to 50 us (and a bit) */
#define NUMA_HIST	65536

/* Sleeps until the process exits: keeps the mm multi-threaded. */
static void *idle_thread(void *arg)
{
	for (;;)
		pause();
	return arg;
}

static void bench_numa(double secs, bool anon)
{
	const char *mode = anon ? "numa-anon" : "numa";
	pthread_t idler;
	unsigned long ptl_med, ptl_n;
	char name[64], line[64];
	char saved[NKNOBS][32], lock_stat_was[32] = "";
	size_t len = 16 * MIB, off;
	unsigned long nodemask, slow_touches = 0, half;
	static unsigned int hist[NUMA_HIST];	/* touches by ns, 1-50 us */
	uint64_t c0, c1, slow, fault_cycles = 0;
	double cpn;
	double t0, t, acq, hold;
	long f0, f1;
	volatile char sink;
	char *buf;
	int fd, node;
	unsigned int i;

	if (!two_nodes())
		skip(mode, "needs NUMA nodes 0 and 1 (NUMA balancing is off on one node)");
	for (i = 0; i < NKNOBS; i++) {
		if (read_line(numa_knobs[i][0], saved[i], sizeof(saved[i])) ||
		    write_file(numa_knobs[i][0], numa_knobs[i][1])) {
			restore_knobs(saved, i);
			skip(mode, "cannot set the NUMA balancing knobs (root, debugfs?)");
		}
	}
	read_line("/proc/sys/kernel/lock_stat", lock_stat_was, sizeof(lock_stat_was));
	/* main() put us on CPU 0: bind the memory to its node, no moves. */
	if (syscall(SYS_getcpu, NULL, &node, NULL))
		fail("getcpu");
	if (anon) {
		/* Base pages: one hinting fault per page, as on shmem. */
		if (prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0))
			fail("PR_SET_THP_DISABLE");
		/*
		 * A second thread: for a single-threaded process the scanner
		 * leaves private pages already on the task's node alone
		 * (change_pte_range()'s target_node), and nothing would fault.
		 */
		if (pthread_create(&idler, NULL, idle_thread, NULL))
			fail("pthread_create");
		fd = -1;
		buf = mmap(NULL, len, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (buf == MAP_FAILED)
			fail("mmap");
	} else {
		fd = memfd_create("rmap_bench", 0);
		if (fd < 0 || ftruncate(fd, len))
			fail("memfd");
		buf = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
		if (buf == MAP_FAILED)
			fail("mmap");
		nodemask = 1UL << node;
		if (mbind(buf, len, MPOL_BIND | MPOL_F_NUMA_BALANCING, &nodemask,
			  sizeof(nodemask) * 8, 0))
			fail("mbind");
	}
	for (off = 0; off < len; off += PAGE)
		buf[off] = 1;
	/* Warm up: let the scanner start; TSC cycles per ns meanwhile. */
	t0 = now();
	c0 = __rdtsc();
	while ((t = now() - t0) < 0.5)
		for (off = 0; off < len; off += PAGE)
			sink = buf[off];
	cpn = (__rdtsc() - c0) / (t * 1e9);
	slow = 1000 * cpn;
	/* bench/variants/ptl-hold*: the PTL hold of a hinting fault, counted */
	write_file("/sys/kernel/debug/numa_ptl_hold", "0");
	write_file("/proc/lock_stat", "0");	/* clear */
	write_file("/proc/sys/kernel/lock_stat", "1");
	f0 = vmstat("numa_hint_faults");
	t0 = now();
	do {
		for (off = 0; off < len; off += PAGE) {
			c0 = __rdtsc();
			sink = buf[off];
			c1 = __rdtsc() - c0;
			/*
			 * Over 1 us: a hinting fault. Over 50 us: the
			 * scanner's own pass (task_work on our return to
			 * user) or an interrupt landed there; leave it out.
			 */
			if (c1 > slow && c1 < 50 * slow) {
				fault_cycles += c1;
				slow_touches++;
				hist[(unsigned int)(c1 / cpn) % NUMA_HIST]++;
			}
		}
	} while ((t = now() - t0) < secs);
	f1 = vmstat("numa_hint_faults");
	if (lock_stat_was[0])
		write_file("/proc/sys/kernel/lock_stat", lock_stat_was);
	restore_knobs(saved, NKNOBS);
	(void)sink;
	if (f0 < 0 || f1 <= f0)
		skip(mode, "no NUMA hinting faults (numa_hint_faults in /proc/vmstat)");
	/*
	 * The fault rate is paced by the scanner (its period adapts, and
	 * with scan_delay_ms 0 which VMAs it visits depends on timing), so
	 * it says little about the cost of a fault. That is the time of a
	 * touch that took over 1 us: a hinting fault, from user space.
	 */
	snprintf(name, sizeof(name), "%s-faults", mode);
	report(name, (f1 - f0) / t, "faults/s", "info");
	if (slow_touches) {
		snprintf(name, sizeof(name), "%s-fault-time", mode);
		report(name, fault_cycles / cpn / slow_touches, "ns/fault",
		       "lower");
		/*
		 * The median: an interrupt or a scanner pass that lands in
		 * a touch moves the mean, not the median, which under icount
		 * is the instruction count of the usual hinting fault.
		 */
		for (i = 0, half = 0; i < NUMA_HIST; i++) {
			half += hist[i];
			if (2 * half >= slow_touches)
				break;
		}
		snprintf(name, sizeof(name), "%s-fault-median", mode);
		report(name, i, "ns/fault", "lower");
		/* How many of the hinting faults the timing saw (~1). */
		snprintf(name, sizeof(name), "%s-fault-seen", mode);
		report(name, (double)slow_touches / (f1 - f0), "timed/fault",
		       "info");
	}
	/*
	 * A kernel with bench/variants/ptl-hold*: the median time the PTL was
	 * held by a hinting fault that did not migrate (instructions under
	 * icount, without lockdep's bookkeeping).
	 */
	if (!read_line("/sys/kernel/debug/numa_ptl_hold", line, sizeof(line)) &&
	    sscanf(line, "%lu %lu", &ptl_med, &ptl_n) == 2 && ptl_n) {
		snprintf(name, sizeof(name), "%s-ptl-insns", mode);
		report(name, ptl_med, "ns/fault", "lower");
	}
	/* Without CONFIG_LOCK_STAT (the race suite's kernel) no lock figure. */
	if (access("/proc/lock_stat", R_OK)) {
		printf("bench: note %s: no /proc/lock_stat, no PTL figures\n", mode);
	} else {
		if (lock_stat_sum("ptlock", &acq, &hold) <= 0 || acq <= 0)
			skip(mode, "no page table lock class (ptlock) in /proc/lock_stat");
		snprintf(name, sizeof(name), "%s-ptl-hold", mode);
		report(name, hold * 1000 / acq, "ns/acq", "lower");
		snprintf(name, sizeof(name), "%s-ptl-acq", mode);
		report(name, acq / (f1 - f0), "acq/fault", "lower");
	}
	munmap(buf, len);
	if (fd >= 0)
		close(fd);
}

/*
 * The first write to each page of fresh private anon memory, base pages:
 * do_anonymous_page(), which the series does not touch. The median of the
 * timed writes is the fault's instruction count under icount; the minor
 * fault count says whether every timed write faulted.
 */
static void bench_fault(double secs)
{
	static unsigned int hist[NUMA_HIST];
	size_t len = 1 * MIB, off;
	unsigned long touches = 0, half;
	struct rusage r0, r1;
	uint64_t c0, c1;
	double cpn, t0, t;
	unsigned int i;
	char *buf;

	if (prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0))
		fail("PR_SET_THP_DISABLE");
	t0 = now();
	c0 = __rdtsc();
	while (now() - t0 < 0.1)
		;
	cpn = (__rdtsc() - c0) / ((now() - t0) * 1e9);
	getrusage(RUSAGE_SELF, &r0);
	t0 = now();
	do {
		buf = mmap(NULL, len, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (buf == MAP_FAILED)
			fail("mmap");
		for (off = 0; off < len; off += PAGE) {
			c0 = __rdtsc();
			buf[off] = 1;
			c1 = __rdtsc() - c0;
			hist[(unsigned int)(c1 / cpn) < NUMA_HIST ?
			     (unsigned int)(c1 / cpn) : NUMA_HIST - 1]++;
			touches++;
		}
		if (munmap(buf, len))
			fail("munmap");
	} while ((t = now() - t0) < secs);
	getrusage(RUSAGE_SELF, &r1);
	for (i = 0, half = 0; i < NUMA_HIST; i++) {
		half += hist[i];
		if (2 * half >= touches)
			break;
	}
	report("anon-fault-median", i, "ns/fault", "lower");
	/* Every timed write should fault: 1.00, else the median is not one. */
	report("anon-fault-faulted", (double)(r1.ru_minflt - r0.ru_minflt) / touches,
	       "faults/touch", "info");
}

static void bench_migrate(double secs)
{
	size_t len = 16 * MIB, npages = len / PAGE, i;
	unsigned long moved = 0;
	double t0, t;
	void **pages;
	int *nodes, *status, to = 1;
	char *buf;
	long ret;

	if (!two_nodes())
		skip("migrate", "needs NUMA nodes 0 and 1");
	buf = mmap(NULL, len, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	pages = calloc(npages, sizeof(*pages));
	nodes = calloc(npages, sizeof(*nodes));
	status = calloc(npages, sizeof(*status));
	if (buf == MAP_FAILED || !pages || !nodes || !status)
		fail("allocation");
	madvise(buf, len, MADV_NOHUGEPAGE);
	memset(buf, 1, len);
	for (i = 0; i < npages; i++)
		pages[i] = buf + i * PAGE;
	t0 = now();
	do {
		for (i = 0; i < npages; i++)
			nodes[i] = to;
		ret = move_pages(0, npages, pages, nodes, status, MPOL_MF_MOVE);
		if (ret < 0)
			fail("move_pages");
		/* ret leaves out pages that failed to isolate: count. */
		for (i = 0; i < npages; i++)
			moved += ret == 0 && status[i] == to;
		to = !to;
	} while ((t = now() - t0) < secs);
	report("migrate", moved / t, "pages/s", "higher");
	munmap(buf, len);
}

/*
 * ops: exact per-operation costs. Each test times thousands of single
 * operations with the TSC (under icount the TSC counts instructions: see
 * op_calibrate()) and reports, per operation NAME, in ns/op:
 *   op-NAME-median  lower      the median: what the next kernel must match
 *   op-NAME-p25     info       the 25th percentile
 *   op-NAME-min     info       the minimum
 *   op-NAME-samples info       how many operations were timed
 *   op-NAME-faults  info       (faulting touches only) minor faults per
 *                              timed touch (getrusage): 1 or the median
 *                              is not that of a fault
 * Warm-up iterations first; every iteration does the same work; no output
 * and no allocation in a timed loop (samples go to a preallocated shared
 * array). The tests, run in this order by "ops", one by "op-TEST":
 *   exec        execve() alone: from the child's TSC right before the
 *               execve syscall to bench_true's first thing in main()
 *               (--tsc-fd: it writes it to an inherited pipe), so the
 *               exec, the old mm's teardown, the ELF load and the static
 *               binary's startup (its faults, brk, TLS) up to main()
 *   exec-wait   fork + exec of bench_true + wait, as seen by the parent:
 *               from before clone() to the return of wait4() (the exec
 *               mode's operation)
 *   exec-argv   the same with 64 more arguments of 4 KiB: a 65-page stack
 *   fork        the parent's clone() syscall, return to return, small
 *               parent; its child waits until the parent is back from
 *               clone() (sched_yield()) then exits at once: that gives
 *   exit        from the child's TSC right before exit_group() to the
 *               return of the parent's wait4(): do_exit(), the switch to
 *               the parent and the reaping
 *   fork-anon   fork with 16 MiB of touched private anon memory (base
 *   exit-anon   pages) in the parent: copy_page_range(), anon_vma_fork(),
 *               and the child's exit zapping it
 *   anon-fault  first write to a page of fresh private anon memory (base
 *               pages): do_anonymous_page()
 *   shmem-fault read fault on shmem page cache: a pre-filled 1 MiB memfd
 *               mapped afresh each round, every page read, with
 *               fault_around_bytes set to one page (debugfs; skipped if it
 *               cannot be): shmem_fault() + finish_fault(), a page a fault
 *   shmem-around the default read fault: fault-around on, a 16 MiB memfd,
 *               every 16th page read: filemap_map_pages() maps 16 pages
 *   file-fault  as shmem-fault on a file in a ramfs mounted on a fresh
 *   file-around directory under $BENCH_FILE_DIR or /tmp: filemap_fault(),
 *               filemap_map_pages() (skipped if only a tmpfs file can be
 *               had: that is shmem again). See op_cache_faults().
 *   cow-fault   write to a page of 1 MiB of touched private anon memory
 *               shared with a (sleeping) child after fork: wp_page_copy()
 *   munmap-split  munmap() of the middle page of a populated 3-page VMA
 *   mprotect-split mprotect(PROT_READ) of the middle page of one
 *   mremap      mremap(MREMAP_MAYMOVE | MREMAP_FIXED) of a populated
 *               16-page VMA onto a reserved (PROT_NONE) range; moved back
 *               and re-reserved untimed
 *   move-pages  move_pages() of one anon page from node 0 to node 1 (back
 *               untimed); skipped unless nodes 0 and 1 exist
 * The VMA tests work inside a PROT_NONE reservation (guard pages around),
 * so nothing merges with a neighbour and every round starts from the same
 * VMAs. The whole run has PR_SET_THP_DISABLE: base pages everywhere.
 */

#define OPS_MAXS	(1UL << 18)	/* samples per figure, at most */
#define OPS_WARM	16		/* warm-up iterations (rounds: 2) */
#define OPS_MINS	32		/* samples taken whatever the time */
#define OPS_ARGS	64		/* exec-argv: 64 4 KiB arguments */

/*
 * Everything the parent writes while it has a child lives here, in a
 * shared mapping: fork() write-protects none of it and copies no PTE of
 * it, the child's exit zaps none, and the child's stores reach the parent.
 */
struct op_ctl {
	volatile uint64_t child_t;	/* the child's TSC before exec/exit */
	volatile int parent_done;	/* the parent is back from clone() */
	volatile int child_touch;
	volatile unsigned long child_first; /* children that ran before */
	int status;			/* wait4()'s */
	size_t n;			/* samples taken */
	long faults;			/* minor faults in the timed sections */
	struct rusage r0, r1;
	uint64_t end;			/* the test's deadline (TSC) */
	char fdarg[32];
};

static struct op_ctl *ctl;
static uint64_t *samp, *samp2;	/* a test's two figures, OPS_MAXS each */
static double op_cpn;		/* TSC cycles per ns */
static double op_secs;		/* the running test's share of SECONDS */
static bool op_skipped;

static inline __attribute__((always_inline)) uint64_t tsc(void)
{
	uint32_t lo, hi;

	asm volatile("rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
	return (uint64_t)hi << 32 | lo;
}

/*
 * A system call without glibc: no stack access (a child shares the
 * parent's stack pages copy-on-write; a push would fault in the timing).
 */
static inline __attribute__((always_inline)) long
raw_syscall(long nr, long a, long b, long c, long d)
{
	register long r10 asm("r10") = d;
	long ret;

	asm volatile("syscall" : "=a"(ret)
		     : "0"(nr), "D"(a), "S"(b), "d"(c), "r"(r10)
		     : "rcx", "r11", "memory");
	return ret;
}

static inline __attribute__((always_inline, noreturn)) void raw_exit(int code)
{
	for (;;)
		raw_syscall(SYS_exit_group, code, 0, 0, 0);
}

/* fork(): clone(SIGCHLD), no CLONE_CHILD_SETTID (no store in the child) */
static inline __attribute__((always_inline)) long raw_fork(void)
{
	return raw_syscall(SYS_clone, SIGCHLD, 0, 0, 0);
}

static inline __attribute__((always_inline)) void raw_wait(long pid)
{
	if (raw_syscall(SYS_wait4, pid, (long)&ctl->status, 0, 0) != pid) {
		errno = ECHILD;
		fail("wait4");
	}
	if (!WIFEXITED(ctl->status) || WEXITSTATUS(ctl->status)) {
		fprintf(stderr, "rmap_bench: child status 0x%x\n", ctl->status);
		exit(1);
	}
}

/*
 * The child of a timed fork: fault the shared page in, and if it ran
 * before the parent was back from clone(), let the parent go on first, so
 * that the parent sleeps in wait4() when the child goes on.
 */
static inline __attribute__((always_inline)) void op_child_sync(void)
{
	unsigned long n = 0;

	ctl->child_touch = 1;
	if (!ctl->parent_done) {
		ctl->child_first++;
		while (!ctl->parent_done)
			if (sched_yield() || ++n > 10000000)
				raw_exit(3);
	}
}

/* The TSC at a CLOCK_MONOTONIC reading: the tightest of 8 brackets. */
static void tsc_at(uint64_t *t, struct timespec *ts)
{
	uint64_t c0, c1, best = UINT64_MAX;
	struct timespec x;
	int i;

	for (i = 0; i < 8; i++) {
		c0 = tsc();
		clock_gettime(CLOCK_MONOTONIC, &x);
		c1 = tsc();
		if (c1 - c0 < best) {
			best = c1 - c0;
			*t = c0 + (c1 - c0) / 2;
			*ts = x;
		}
	}
}

static double ns_between(const struct timespec *a, const struct timespec *b)
{
	return (b->tv_sec - a->tv_sec) * 1e9 + (b->tv_nsec - a->tv_nsec);
}

/*
 * TSC cycles per ns, against CLOCK_MONOTONIC over 0.1 s, rounded to
 * four significant digits: under icount the TSC counts instructions, as
 * the clock counts ns (1.000), and a calibration error would move every
 * figure from boot to boot.
 */
static void op_calibrate(void)
{
	struct timespec a, b;
	uint64_t ta, tb;
	double cpn, p = 1;

	tsc_at(&ta, &a);
	do
		clock_gettime(CLOCK_MONOTONIC, &b);
	while (ns_between(&a, &b) < 1e8);
	tsc_at(&tb, &b);
	cpn = (tb - ta) / ns_between(&a, &b);
	while (cpn * p < 1000)
		p *= 10;
	while (cpn * p >= 10000)
		p /= 10;
	op_cpn = (double)(long)(cpn * p + 0.5) / p;
	printf("bench: note ops: TSC %.4g cycles/ns (measured %.6f)\n", op_cpn, cpn);
}

/* A test starts: no samples yet; its deadline. */
static void op_begin(void)
{
	ctl->n = 0;
	ctl->faults = 0;
	ctl->child_first = 0;
	ctl->end = tsc() + (uint64_t)(op_secs * 1e9 * op_cpn);
}

/* Until the test's share of time is over, but at least OPS_MINS samples. */
static inline bool op_more(void)
{
	return ctl->n < OPS_MAXS && (ctl->n < OPS_MINS || tsc() < ctl->end);
}

/*
 * Every 128 forks, let CPU 0 idle for 10 ms (untimed). Since x86 frees
 * page tables through RCU (MMU_GATHER_RCU_TABLE_FREE), a tight fork or
 * exec loop on one CPU outruns the callbacks that free them: 7.3 guests
 * under icount had 200 MiB of page tables waiting after 1 s of forks,
 * and ran out of memory in the exec tests; idle, they are freed at once.
 */
static inline void op_settle(long i)
{
	if (i > 0 && !(i % 128))
		usleep(10000);
}

static void op_skip(const char *name, const char *why)
{
	printf("bench: skip op-%s: %s\n", name, why);
	fflush(stdout);
	op_skipped = true;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static void op_report_ns(const char *op, const char *what, uint64_t cycles,
			 const char *better)
{
	printf("bench: op-%s-%s %.0f ns/op %s\n", op, what, cycles / op_cpn,
	       better);
}

/* The figures of op @op from its @n samples @s (TSC cycles). */
static void op_report(const char *op, uint64_t *s, size_t n, bool faults)
{
	char name[64];

	if (!n) {
		fprintf(stderr, "rmap_bench: op-%s: no samples\n", op);
		exit(1);
	}
	qsort(s, n, sizeof(*s), cmp_u64);
	op_report_ns(op, "median", s[(n - 1) / 2], "lower");
	op_report_ns(op, "p25", s[(n - 1) / 4], "info");
	op_report_ns(op, "min", s[0], "info");
	snprintf(name, sizeof(name), "op-%s-samples", op);
	report(name, n, "ops", "info");
	if (faults) {
		snprintf(name, sizeof(name), "op-%s-faults", op);
		report(name, (double)ctl->faults / n, "faults/op", "info");
	}
}

static void op_note_first(const char *op, unsigned long forks)
{
	printf("bench: note op-%s: %lu of %lu children ran before their parent was back from clone()\n",
	       op, ctl->child_first, forks);
	fflush(stdout);
}

/*
 * Interrupts taken by CPU 0 so far (the sum of /proc/interrupts' CPU0
 * column). A long operation (exec with 256 KiB of arguments: about 2
 * million instructions, half a tick at HZ=250 under icount) takes a timer
 * interrupt in a good share of its samples; its median then is not that
 * of the path. The exec and fork tests read this before and after each
 * sample (untimed) and leave out the samples in which CPU 0 took an
 * interrupt: what they report is the path alone. -1: no /proc/interrupts
 * (then nothing is left out). Where interrupts come far more often than
 * ticks (a busy host), op_irq_skip() stops leaving samples out.
 */
static long cpu0_irqs(void)
{
	static char buf[16384];
	long sum = 0;
	ssize_t n;
	char *l, *e;
	int fd;

	fd = open("/proc/interrupts", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	l = strchr(buf, '\n');		/* the header: CPU0 CPU1 ... */
	while (l && *++l) {
		char *c = strchr(l, ':');

		if (c) {
			long v = strtol(c + 1, &e, 10);

			if (e != c + 1)
				sum += v;
		}
		l = strchr(l, '\n');
	}
	return sum;
}

static unsigned long op_irqd;	/* samples left out: CPU 0 took an interrupt */

/*
 * Leave a sample out (count it), unless interrupts are so frequent that
 * the test would hardly keep any, or the test's time is up (op_more()
 * then waits for OPS_MINS kept samples: without a real-time tick, as in a
 * TCG guest without icount, nearly every exec takes one, and a test that
 * left them all out ran on for a minute): then keep them all from here on.
 */
static bool op_irq_skip(size_t kept)
{
	if (op_irqd >= 20 * (kept + OPS_MINS) || tsc() >= ctl->end)
		return false;
	op_irqd++;
	return true;
}

static void op_note_irqd(const char *op)
{
	printf("bench: note op-%s: %lu samples left out (CPU 0 took an interrupt in them)\n",
	       op, op_irqd);
	fflush(stdout);
}

/*
 * A bench variant's same-boot A/B switch (bench/variants/exec-ab, fork-ab):
 * @fd open on its debugfs file @path, or negative when the kernel has none
 * (then nothing happens). Set it to the old way or back.
 */
static void ab_switch(int fd, const char *path, bool old)
{
	if (fd >= 0 && pwrite(fd, old ? "1" : "0", 1, 0) != 1)
		fail(path);
}

/* fork, exec, wait: 0 the round trip, 1 the exec alone, 2 with arguments */
#define EXEC_AB "/sys/kernel/debug/exec_ab_old"
#define EXEC_SPLIT "/sys/kernel/debug/exec_split"

/*
 * bench/variants/exec-split: reset the kernel's per-section timings of
 * relocate_vma_down() (reset) or report them as op-OP-split-SECTION-median
 * and -min, in ns (instructions under icount; each includes one
 * local_clock() pair, "clock").
 */
static void op_exec_split(const char *op, bool reset)
{
	char sec[32], name[96];
	unsigned long med, min, n;
	FILE *f;

	f = fopen(EXEC_SPLIT, reset ? "w" : "r");
	if (!f)
		return;
	if (reset) {
		fputs("0", f);
	} else {
		while (fscanf(f, "%31s %lu %lu %lu", sec, &med, &min, &n) == 4) {
			snprintf(name, sizeof(name), "op-%s-split-%s-median", op, sec);
			report(name, med, "ns/op", "info");
			snprintf(name, sizeof(name), "op-%s-split-%s-min", op, sec);
			report(name, min, "ns/op", "info");
			snprintf(name, sizeof(name), "op-%s-split-%s-samples", op, sec);
			report(name, n, "samples", "info");
		}
	}
	fclose(f);
}

static void op_exec(int kind)
{
	static const char *const names[] = { "exec-wait", "exec", "exec-argv" };
	char *argv[OPS_ARGS + 3], *envp[] = { NULL };
	char *args = NULL;
	uint64_t t0, t1, tmain = 0;
	int fd[2] = { -1, -1 }, ab;
	long pid, i, forks = 0, irq0;
	size_t n_old;
	bool old_way;

	if (access(true_path, X_OK)) {
		op_skip(names[kind], "no exec target (TRUE_PATH)");
		return;
	}
	argv[0] = "bench_true";
	argv[1] = NULL;
	if (kind) {
		/* bench_true gets the write end; reads never block */
		if (pipe2(fd, O_NONBLOCK | O_CLOEXEC) || fcntl(fd[1], F_SETFD, 0))
			fail("pipe");
		snprintf(ctl->fdarg, sizeof(ctl->fdarg), "--tsc-fd=%d", fd[1]);
		argv[1] = ctl->fdarg;
		argv[2] = NULL;
	}
	if (kind == 2) {
		/* shared: the parent's (and child's) mm stays as small */
		args = mmap(NULL, OPS_ARGS * PAGE, PROT_READ | PROT_WRITE,
			    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		if (args == MAP_FAILED)
			fail("mmap");
		for (i = 0; i < OPS_ARGS; i++) {
			argv[2 + i] = args + i * PAGE;
			memset(argv[2 + i], 'a' + i % 26, PAGE - 1);
			argv[2 + i][PAGE - 1] = '\0';
		}
		argv[2 + OPS_ARGS] = NULL;
	}
	/*
	 * bench/variants/exec-ab: the kernel can also exec the old way; then
	 * alternate, sample by sample, and report both from this boot.
	 */
	ab = open(EXEC_AB, O_WRONLY | O_CLOEXEC);
	n_old = 0;
	op_exec_split(names[kind], true);
	op_begin();
	op_irqd = 0;
	for (i = -OPS_WARM; i < 0 || op_more(); i++) {
		op_settle(i);
		old_way = ab >= 0 && (i & 1);
		ab_switch(ab, EXEC_AB, old_way);
		ctl->parent_done = 0;
		ctl->child_t = 0;
		irq0 = cpu0_irqs();
		t0 = tsc();
		pid = raw_fork();
		if (pid == 0) {
			if (kind) {
				op_child_sync();
				ctl->child_t = tsc();
			}
			raw_syscall(SYS_execve, (long)true_path, (long)argv,
				    (long)envp, 0);
			raw_exit(127);
		}
		ctl->parent_done = 1;
		if (pid < 0) {
			errno = -pid;
			fail("clone");
		}
		raw_wait(pid);
		t1 = tsc();
		forks++;
		if (kind && (read(fd[0], &tmain, sizeof(tmain)) != sizeof(tmain) ||
			     tmain < ctl->child_t)) {
			fprintf(stderr, "rmap_bench: no TSC from %s --tsc-fd\n", true_path);
			exit(1);
		}
		if (i >= 0 && cpu0_irqs() != irq0 && op_irq_skip(ctl->n + n_old))
			continue;
		if (i >= 0 && old_way)
			samp2[n_old++] = kind ? tmain - ctl->child_t : t1 - t0;
		else if (i >= 0)
			samp[ctl->n++] = kind ? tmain - ctl->child_t : t1 - t0;
	}
	op_report(names[kind], samp, ctl->n, false);
	op_exec_split(names[kind], false);
	if (ab >= 0) {
		char old_name[32];

		ab_switch(ab, EXEC_AB, false);
		close(ab);
		snprintf(old_name, sizeof(old_name), "%s-old", names[kind]);
		op_report(old_name, samp2, n_old, false);
	}
	if (kind)
		op_note_first(names[kind], forks);
	op_note_irqd(names[kind]);
	if (args)
		munmap(args, OPS_ARGS * PAGE);
	if (kind) {
		close(fd[0]);
		close(fd[1]);
	}
}

/* fork alone, and exit + reap, from a small parent or one with 16 MiB */
#define FORK_AB "/sys/kernel/debug/fork_ab_old"

static void op_fork(bool anon)
{
	const char *fname = anon ? "fork-anon" : "fork";
	const char *ename = anon ? "exit-anon" : "exit";
	size_t len = 16 * MIB, n_old = 0, half = OPS_MAXS / 2;
	uint64_t t0, t1, t2;
	char *buf = NULL, name[32];
	long pid, i, forks = 0, irq0;
	bool old_way;
	int ab;

	if (anon) {
		buf = mmap(NULL, len, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (buf == MAP_FAILED)
			fail("mmap");
		madvise(buf, len, MADV_NOHUGEPAGE);
		memset(buf, 1, len);
	}
	/*
	 * bench/variants/fork-ab: the kernel can also link fork's child the
	 * old way; then alternate, sample by sample, and report both from this
	 * boot (the old way's samples in the arrays' upper halves).
	 */
	ab = open(FORK_AB, O_WRONLY | O_CLOEXEC);
	op_begin();
	op_irqd = 0;
	for (i = -OPS_WARM; i < 0 || (op_more() &&
	     (ab < 0 || (ctl->n < half && n_old < half))); i++) {
		op_settle(i);
		old_way = ab >= 0 && (i & 1);
		ab_switch(ab, FORK_AB, old_way);
		ctl->parent_done = 0;
		ctl->child_t = 0;
		irq0 = cpu0_irqs();
		t0 = tsc();
		pid = raw_fork();
		if (pid == 0) {
			op_child_sync();
			ctl->child_t = tsc();
			raw_exit(0);
		}
		t1 = tsc();
		ctl->parent_done = 1;
		if (pid < 0) {
			errno = -pid;
			fail("clone");
		}
		raw_wait(pid);
		t2 = tsc();
		forks++;
		if (i < 0)
			continue;
		if (cpu0_irqs() != irq0 && op_irq_skip(ctl->n + n_old))
			continue;
		if (old_way) {
			samp[half + n_old] = t1 - t0;
			samp2[half + n_old++] = t2 - ctl->child_t;
		} else {
			samp[ctl->n] = t1 - t0;
			samp2[ctl->n++] = t2 - ctl->child_t;
		}
	}
	op_report(fname, samp, ctl->n, false);
	op_report(ename, samp2, ctl->n, false);
	if (ab >= 0) {
		ab_switch(ab, FORK_AB, false);
		close(ab);
		snprintf(name, sizeof(name), "%s-old", fname);
		op_report(name, samp + half, n_old, false);
		snprintf(name, sizeof(name), "%s-old", ename);
		op_report(name, samp2 + half, n_old, false);
	}
	op_note_first(fname, forks);
	op_note_irqd(fname);
	if (buf)
		munmap(buf, len);
}

/*
 * Make the stack pages below the caller writable: after a fork they are
 * write-protected, and a fault there would count among the timed ones.
 */
static void __attribute__((noinline)) stack_prefault(void)
{
	volatile char pad[16384];
	size_t i;

	for (i = 0; i < sizeof(pad); i += 64)
		pad[i] = 0;
}

/*
 * Time a touch (a write or a read) of each page of [buf, buf + len), a
 * sample each if @rec; the minor faults meanwhile go to ctl->faults.
 */
static void __attribute__((noinline))
time_touches(char *buf, size_t len, size_t stride, bool write, bool rec)
{
	size_t i, n = len / stride;
	uint64_t *s = samp + ctl->n, c0, c1;

	if (n > OPS_MAXS - ctl->n)
		n = OPS_MAXS - ctl->n;
	getrusage(RUSAGE_SELF, &ctl->r0);
	if (write) {
		for (i = 0; i < n; i++) {
			c0 = tsc();
			*(volatile char *)(buf + i * stride) = 1;
			c1 = tsc();
			s[i] = c1 - c0;
		}
	} else {
		for (i = 0; i < n; i++) {
			c0 = tsc();
			(void)*(volatile char *)(buf + i * stride);
			c1 = tsc();
			s[i] = c1 - c0;
		}
	}
	getrusage(RUSAGE_SELF, &ctl->r1);
	if (rec) {
		ctl->faults += ctl->r1.ru_minflt - ctl->r0.ru_minflt;
		ctl->n += n;
	}
}

static void op_anon_fault(void)
{
	size_t len = MIB;
	char *buf;
	long r;

	op_begin();
	for (r = -2; r < 0 || op_more(); r++) {
		buf = mmap(NULL, len, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (buf == MAP_FAILED)
			fail("mmap");
		time_touches(buf, len, PAGE, true, r >= 0);
		if (munmap(buf, len))
			fail("munmap");
	}
	op_report("anon-fault", samp, ctl->n, true);
}

/*
 * Read faults on page cache. MADV_RANDOM does not stop fault-around
 * (should_fault_around() does not look at VM_RAND_READ), and with
 * fault-around do_read_fault() maps a cached page itself with
 * ->map_pages() (filemap_map_pages(), 16 pages) and never calls ->fault().
 * So two tests each:
 *   -fault   fault_around_bytes set to a page (debugfs) while it runs:
 *            __do_fault(): ->fault() (shmem_fault(), filemap_fault()) and
 *            finish_fault(), one page a fault, every page of 1 MiB touched
 *   -around  the default: a 16 MiB file, every 16th page touched (64 KiB,
 *            the default fault_around_bytes): each touch faults and maps 16
 *            pages with filemap_map_pages()
 */
#define AROUND		(16 * PAGE)

static const char fa_knob[] = "/sys/kernel/debug/fault_around_bytes";
static char fa_saved[32];

static void fault_around_restore(void)
{
	if (fa_saved[0])
		write_file(fa_knob, fa_saved);
	fa_saved[0] = '\0';
}

/* Read faults on the page cache of @fd (filled), mapped afresh each round. */
static void op_cache_faults(const char *op, int fd, bool around)
{
	size_t len = around ? 16 * MIB : MIB;
	char *p;
	long r;

	if (!around && (read_line(fa_knob, fa_saved, sizeof(fa_saved)) ||
			write_file(fa_knob, "4096"))) {
		fa_saved[0] = '\0';
		op_skip(op, "cannot set /sys/kernel/debug/fault_around_bytes to 4096 (root, debugfs?): with fault-around no read fault reaches ->fault()");
		return;
	}
	op_begin();
	for (r = -2; r < 0 || op_more(); r++) {
		p = mmap(NULL, len, PROT_READ, MAP_SHARED, fd, 0);
		if (p == MAP_FAILED)
			fail("mmap");
		if (!around && madvise(p, len, MADV_RANDOM))
			fail("madvise");
		time_touches(p, len, around ? AROUND : PAGE, false, r >= 0);
		if (munmap(p, len))
			fail("munmap");
	}
	fault_around_restore();
	op_report(op, samp, ctl->n, true);
}

static void fill(int fd, size_t len)
{
	char page[PAGE];
	size_t off;

	memset(page, 'f', sizeof(page));
	for (off = 0; off < len; off += PAGE)
		if (pwrite(fd, page, PAGE, off) != PAGE)
			fail("pwrite");
}

static void op_shmem(bool around)
{
	int fd = memfd_create("rmap_bench-ops", 0);

	if (fd < 0)
		fail("memfd_create");
	fill(fd, around ? 16 * MIB : MIB);
	op_cache_faults(around ? "shmem-around" : "shmem-fault", fd, around);
	close(fd);
}

/*
 * A regular file: in a ramfs mounted on a fresh directory under
 * $BENCH_FILE_DIR or /tmp (generic_file_vm_ops: filemap_fault(),
 * filemap_map_pages()), or if that cannot be mounted, in that directory
 * itself unless it is tmpfs (shmem again).
 */
static void op_file(bool around)
{
	const char *base = getenv("BENCH_FILE_DIR");
	const char *op = around ? "file-around" : "file-fault";
	char dir[PATH_MAX - 8], path[PATH_MAX], why[PATH_MAX + 128];
	struct statfs sf;
	bool mounted;
	int fd, err = 0;

	if (!base || !*base)
		base = "/tmp";
	snprintf(dir, sizeof(dir), "%s/rmap_bench.XXXXXX", base);
	if (!mkdtemp(dir)) {
		op_skip(op, "cannot make a directory in $BENCH_FILE_DIR or /tmp");
		return;
	}
	mounted = !mount("ramfs", dir, "ramfs", MS_NOSUID | MS_NODEV, "mode=0700");
	if (!mounted)
		err = errno;
	if (statfs(dir, &sf))
		fail("statfs");
	if (sf.f_type == TMPFS_MAGIC) {
		snprintf(why, sizeof(why), "%s is tmpfs (shmem again) and ramfs cannot be mounted: %s",
			 base, strerror(err));
		op_skip(op, why);
		rmdir(dir);
		return;
	}
	snprintf(path, sizeof(path), "%s/file", dir);
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		fail("open");
	unlink(path);
	fill(fd, around ? 16 * MIB : MIB);
	printf("bench: note op-%s: a file on %s (f_type 0x%lx)\n", op,
	       mounted ? "ramfs" : base, (unsigned long)sf.f_type);
	op_cache_faults(op, fd, around);
	close(fd);
	if (mounted)
		umount2(dir, MNT_DETACH);
	rmdir(dir);
}

/* Wait (bounded) for a byte on @fd. */
static void wait_byte(int fd, pid_t pid)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };
	char c;

	if (poll(&pfd, 1, 60000) != 1 || read(fd, &c, 1) != 1) {
		kill(pid, SIGKILL);
		fprintf(stderr, "rmap_bench: cow-fault: the child did not start\n");
		exit(1);
	}
}

static void op_cow_fault(void)
{
	size_t len = MIB;
	int ready[2], go[2];
	char *buf, c;
	pid_t pid;
	long r;

	if (pipe(ready) || pipe(go))
		fail("pipe");
	op_begin();
	for (r = -2; r < 0 || op_more(); r++) {
		buf = mmap(NULL, len, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (buf == MAP_FAILED)
			fail("mmap");
		memset(buf, 1, len);
		pid = fork();
		if (pid == 0) {
			/* holds the pages until the parent has written them */
			prctl(PR_SET_PDEATHSIG, SIGKILL);
			if (write(ready[1], "r", 1) != 1 || read(go[0], &c, 1) != 1)
				_exit(3);
			_exit(0);
		}
		if (pid < 0)
			fail("fork");
		wait_byte(ready[0], pid);
		stack_prefault();
		time_touches(buf, len, PAGE, true, r >= 0);
		if (write(go[1], "g", 1) != 1)
			fail("write");
		wait_ok(pid);
		if (munmap(buf, len))
			fail("munmap");
	}
	op_report("cow-fault", samp, ctl->n, true);
	close(ready[0]);
	close(ready[1]);
	close(go[0]);
	close(go[1]);
}

static char *reserve(size_t len)
{
	char *r = mmap(NULL, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (r == MAP_FAILED)
		fail("mmap");
	return r;
}

static void map_fixed(char *at, size_t len, int prot)
{
	if (mmap(at, len, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
		 -1, 0) != at)
		fail("mmap");
}

/*
 * munmap() or mprotect() of the middle page of a populated 3-page VMA
 * between two PROT_NONE guard pages; then the three pages are PROT_NONE
 * again and the reservation one VMA.
 */
static void op_split(bool prot)
{
	char *r = reserve(5 * PAGE), *v = r + PAGE;
	uint64_t t0, t1;
	long i;
	int ret;

	op_begin();
	for (i = -OPS_WARM; i < 0 || op_more(); i++) {
		map_fixed(v, 3 * PAGE, PROT_READ | PROT_WRITE);
		v[0] = v[PAGE] = v[2 * PAGE] = 1;
		t0 = tsc();
		ret = prot ? mprotect(v + PAGE, PAGE, PROT_READ) :
			     munmap(v + PAGE, PAGE);
		t1 = tsc();
		if (ret)
			fail(prot ? "mprotect" : "munmap");
		map_fixed(v, 3 * PAGE, PROT_NONE);
		if (i >= 0)
			samp[ctl->n++] = t1 - t0;
	}
	munmap(r, 5 * PAGE);
	op_report(prot ? "mprotect-split" : "munmap-split", samp, ctl->n, false);
}

/*
 * A populated 16-page VMA at A moved onto the reserved B: guard, A, guard,
 * B, guard, all PROT_NONE but A. Moved back and B re-reserved untimed.
 */
static void op_mremap(void)
{
	size_t len = 16 * PAGE;
	char *r = reserve(2 * len + 3 * PAGE), *a = r + PAGE, *b = a + len + PAGE;
	uint64_t t0, t1;
	void *p;
	long i;

	map_fixed(a, len, PROT_READ | PROT_WRITE);
	memset(a, 1, len);
	op_begin();
	for (i = -OPS_WARM; i < 0 || op_more(); i++) {
		t0 = tsc();
		p = mremap(a, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, b);
		t1 = tsc();
		if (p != b)
			fail("mremap");
		if (mremap(b, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, a) != a)
			fail("mremap back");
		map_fixed(b, len, PROT_NONE);
		if (i >= 0)
			samp[ctl->n++] = t1 - t0;
	}
	munmap(r, 2 * len + 3 * PAGE);
	op_report("mremap", samp, ctl->n, false);
}

static void op_move_pages(void)
{
	unsigned long failed = 0;
	int node, status;
	uint64_t t0, t1;
	void *pages[1];
	char *p;
	long i, ret;

	if (!two_nodes()) {
		op_skip("move-pages", "needs NUMA nodes 0 and 1");
		return;
	}
	p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		fail("mmap");
	p[0] = 1;
	pages[0] = p;
	node = 0;
	if (move_pages(0, 1, pages, &node, &status, MPOL_MF_MOVE) < 0)
		fail("move_pages");
	op_begin();
	for (i = -OPS_WARM; i < 0 || op_more(); i++) {
		node = 1;
		t0 = tsc();
		ret = move_pages(0, 1, pages, &node, &status, MPOL_MF_MOVE);
		t1 = tsc();
		if (ret < 0)
			fail("move_pages");
		if (ret || status != 1) {
			failed++;
			continue;
		}
		node = 0;
		if (move_pages(0, 1, pages, &node, &status, MPOL_MF_MOVE) < 0)
			fail("move_pages");
		if (i >= 0)
			samp[ctl->n++] = t1 - t0;
	}
	op_report("move-pages", samp, ctl->n, false);
	if (failed)
		printf("bench: note op-move-pages: %lu moves did not move the page (left out)\n",
		       failed);
	munmap(p, PAGE);
}

static void op_exec_wait(void) { op_exec(0); }
static void op_exec_alone(void) { op_exec(1); }
static void op_exec_argv(void) { op_exec(2); }
static void op_fork_small(void) { op_fork(false); }
static void op_fork_anon(void) { op_fork(true); }
static void op_munmap_split(void) { op_split(false); }
static void op_shmem_fault(void) { op_shmem(false); }
static void op_shmem_around(void) { op_shmem(true); }
static void op_file_fault(void) { op_file(false); }
static void op_file_around(void) { op_file(true); }
static void op_mprotect_split(void) { op_split(true); }

/* The tests, and their weights: their shares of SECONDS in "ops". */
static const struct op_test {
	const char *name;
	void (*fn)(void);
	double weight;
} op_tests[] = {
	/*
	 * exec first: run after exec-wait, the series' exec median moved
	 * 0.35% between boots, run first 0.044% (and v7.3-rc7's 0.000%).
	 */
	{ "exec",		op_exec_alone,		3 },
	{ "exec-wait",		op_exec_wait,		3 },
	{ "exec-argv",		op_exec_argv,		3 },
	{ "fork",		op_fork_small,		2 },
	{ "fork-anon",		op_fork_anon,		3 },
	{ "anon-fault",		op_anon_fault,		1 },
	{ "shmem-fault",	op_shmem_fault,		1 },
	{ "shmem-around",	op_shmem_around,	1 },
	{ "file-fault",		op_file_fault,		1 },
	{ "file-around",	op_file_around,		1 },
	{ "cow-fault",		op_cow_fault,		1 },
	{ "munmap-split",	op_munmap_split,	0.5 },
	{ "mprotect-split",	op_mprotect_split,	0.5 },
	{ "mremap",		op_mremap,		0.5 },
	{ "move-pages",		op_move_pages,		0.5 },
};

#define NOPS	(sizeof(op_tests) / sizeof(op_tests[0]))

static void op_watchdog(int sig)
{
	static const char msg[] = "rmap_bench: ops: watchdog: too long\n";

	fault_around_restore();
	(void)!write(2, msg, sizeof(msg) - 1);
	_exit(128 + sig);
}

/* "ops": every test for its share of @secs; "op-NAME": that one for @secs */
static int bench_ops(const char *mode, double secs)
{
	size_t len = PAGE + 2 * OPS_MAXS * sizeof(uint64_t), i;
	double total = 0;
	bool all = !strcmp(mode, "ops");
	char *shared;

	for (i = 0; i < NOPS; i++)
		if (all || !strcmp(mode + 3, op_tests[i].name))
			total += op_tests[i].weight;
	if (!total) {
		fprintf(stderr, "rmap_bench: unknown mode '%s'\n", mode);
		return 2;
	}
	signal(SIGALRM, op_watchdog);
	alarm((unsigned int)(3 * secs) + 60);
	if (prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0))
		fail("PR_SET_THP_DISABLE");
	shared = mmap(NULL, len, PROT_READ | PROT_WRITE,
		      MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (shared == MAP_FAILED)
		fail("mmap");
	memset(shared, 0, len);
	ctl = (struct op_ctl *)shared;
	samp = (uint64_t *)(shared + PAGE);
	samp2 = samp + OPS_MAXS;
	op_calibrate();
	for (i = 0; i < NOPS; i++) {
		if (!all && strcmp(mode + 3, op_tests[i].name))
			continue;
		op_secs = secs * op_tests[i].weight / total;
		op_tests[i].fn();
		fflush(stdout);
	}
	alarm(0);
	munmap(shared, len);
	return op_skipped && !all ? 4 : 0;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	double secs = argc > 2 ? atof(argv[2]) : 0;
	cpu_set_t cpus;

	if (argc > 3)
		true_path = argv[3];
	/*
	 * Everything on CPU 0, children included: with two vCPUs the
	 * figures were bimodal (~4% apart in icount mode), depending on
	 * where the scheduler put the children.
	 */
	CPU_ZERO(&cpus);
	CPU_SET(0, &cpus);
	if (sched_setaffinity(0, sizeof(cpus), &cpus))
		fail("sched_setaffinity");
	if (secs <= 0) {
		fprintf(stderr, "usage: rmap_bench exec|exec-argv|fork|fork-anon|mix|numa|numa-anon|fault|migrate|ops|op-TEST SECONDS [TRUE_PATH]\n");
		return 2;
	}
	if (!strcmp(mode, "ops") || !strncmp(mode, "op-", 3))
		return bench_ops(mode, secs);
	if ((!strcmp(mode, "exec") || !strcmp(mode, "exec-argv") ||
	     !strcmp(mode, "mix")) && access(true_path, X_OK))
		skip(mode, "no exec target (TRUE_PATH)");
	if (!strcmp(mode, "exec"))
		bench_exec(secs, false);
	else if (!strcmp(mode, "exec-argv"))
		bench_exec(secs, true);
	else if (!strcmp(mode, "fork"))
		bench_fork(secs, 0);
	else if (!strcmp(mode, "fork-anon"))
		bench_fork(secs, 16 * MIB);
	else if (!strcmp(mode, "mix"))
		bench_mix(secs);
	else if (!strcmp(mode, "numa"))
		bench_numa(secs, false);
	else if (!strcmp(mode, "numa-anon"))
		bench_numa(secs, true);
	else if (!strcmp(mode, "fault"))
		bench_fault(secs);
	else if (!strcmp(mode, "migrate"))
		bench_migrate(secs);
	else {
		fprintf(stderr, "rmap_bench: unknown mode '%s'\n", mode);
		return 2;
	}
	return 0;
}
