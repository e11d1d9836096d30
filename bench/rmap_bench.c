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
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

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
		fprintf(stderr, "usage: rmap_bench exec|exec-argv|fork|fork-anon|mix|numa|numa-anon|fault|migrate SECONDS [TRUE_PATH]\n");
		return 2;
	}
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
