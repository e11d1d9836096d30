// SPDX-License-Identifier: GPL-2.0
/*
 * race_util.c - migration driver, taint watch, patterns, children and
 * environment helpers for the rmap/migration race tests.
 */
#include <errno.h>
#include <fcntl.h>
#include <numa.h>
#include <numaif.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kselftest.h"
#include "race_util.h"

/*
 * A node needs this much free memory (bytes) to take the bounced pages:
 * twice the 2048 pages fork_race and munmap_race bounce.
 */
#define RACE_NODE_MIN_FREE	(2LL * 2048 * psize())

/* $name as an integer from min to max, def when unset; false when bad. */
static bool race_env_parse(const char *name, long def, long min, long max,
			   long *v)
{
	const char *s = getenv(name);
	char *end;

	*v = def;
	if (!s || !*s)
		return true;
	errno = 0;
	*v = strtol(s, &end, 10);
	if (!*end && !errno && *v >= min && *v <= max)
		return true;
	*v = def;
	return false;
}

long race_env(const char *name, long def, long min, long max)
{
	long v;

	if (!race_env_parse(name, def, min, max, &v))
		ksft_exit_fail_msg("%s=%s: not an integer from %ld to %ld\n",
				   name, getenv(name), min, max);
	return v;
}

/* Bounded, so that race_timeout() fits the harness's int and poll(). */
#define RACE_SECONDS_MAX	1000000

int race_seconds(void)
{
	return race_env("RACE_SECONDS", RACE_DEFAULT_SECONDS, 1,
			RACE_SECONDS_MAX);
}

/* Pages per move_pages(2) call of the driver's bouncer. */
static size_t race_bounce_pages(void)
{
	return race_env("RACE_BOUNCE_PAGES", 512, 1, 1 << 16);
}

/*
 * The harness reads the timeouts when it registers the tests, before
 * main(): a bad RACE_SECONDS must not fail "-l" or "-h" there, and
 * race_main() fails the program on it before any test runs.
 */
int race_timeout(int races, int extra)
{
	long s;

	race_env_parse("RACE_SECONDS", RACE_DEFAULT_SECONDS, 1,
		       RACE_SECONDS_MAX, &s);
	return races * s + RACE_MARGIN_SECONDS + extra;
}

void race_child_quiet(void)
{
	int fd = open("/dev/null", O_WRONLY);

	if (fd < 0)
		return;
	dup2(fd, STDOUT_FILENO);
	dup2(fd, STDERR_FILENO);
	if (fd > STDERR_FILENO)
		close(fd);
}

double race_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

long race_vmstat_read(const char *name)
{
	char key[64];
	long val, ret = -1;
	FILE *f = fopen("/proc/vmstat", "r");

	if (!f)
		return -1;
	while (fscanf(f, "%63s %ld", key, &val) == 2) {
		if (!strcmp(key, name)) {
			ret = val;
			break;
		}
	}
	fclose(f);
	return ret;
}

int race_write_file(const char *path, const char *val)
{
	int fd = open(path, O_WRONLY);
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = write(fd, val, strlen(val));
	close(fd);
	return n < 0 ? -errno : 0;
}

int race_pick_nodes(int nodes[2])
{
	/*
	 * Picked once, at the first call (race_main()'s support check,
	 * before the test allocates anything), and the same pair ever
	 * after: a later pick, after the test filled its buffers, could
	 * find a node short of RACE_NODE_MIN_FREE, or pick another pair.
	 */
	static int picked[2], found = -1;
	struct bitmask *allowed;
	long long free;
	int n;

	if (found < 0) {
		found = 0;
		if (numa_available() < 0)
			return 0;
		allowed = numa_get_mems_allowed();
		if (!allowed)
			return 0;
		for (n = 0; n <= numa_max_node() && found < 2; n++) {
			if (!numa_bitmask_isbitset(allowed, n))
				continue;
			if (numa_node_size64(n, &free) > 0 &&
			    free >= RACE_NODE_MIN_FREE)
				picked[found++] = n;
		}
		numa_bitmask_free(allowed);
	}
	for (n = 0; n < found; n++)
		nodes[n] = picked[n];
	return found;
}

const char *race_unsupported(void)
{
	int nodes[2];

	if (geteuid())
		return "needs root (move_pages(MPOL_MF_MOVE_ALL), compaction)";
	if (numa_available() < 0)
		return "no NUMA (numa_available() < 0)";
	if (race_pick_nodes(nodes) < 2)
		return "needs two NUMA nodes with free memory in this task's cpuset";
	return NULL;
}

int race_nothp(void *addr, size_t len)
{
	if (madvise(addr, len, MADV_NOHUGEPAGE))
		return errno == EINVAL ? 0 : errno;
	return 0;
}

const char *race_nothp_unsupported(void)
{
	static char why[64];
	char *page;
	int err;

	page = mmap(NULL, psize(), PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED)
		return "mmap() of one page failed";
	err = race_nothp(page, psize());
	munmap(page, psize());
	if (!err)
		return NULL;
	snprintf(why, sizeof(why), "madvise(MADV_NOHUGEPAGE): %s", strerror(err));
	return why;
}

const char *race_move_unsupported(void)
{
	static char why[96];
	int nodes[2], status, i, err = 0;
	void *page;

	if (race_pick_nodes(nodes) < 2)
		return "needs two NUMA nodes with free memory in this task's cpuset";
	page = mmap(NULL, psize(), PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED)
		return "mmap() of one page failed";
	memset(page, 1, psize());
	/*
	 * To each node in turn, as the driver does: CAP_SYS_NICE (for
	 * MPOL_MF_MOVE_ALL), the cpuset and LSMs are checked whether or not
	 * the page is there already.
	 */
	for (i = 0; i < 2 && !err; i++)
		if (move_pages(0, 1, &page, &nodes[i], &status, MPOL_MF_MOVE_ALL) < 0 &&
		    race_move_refused(errno))
			err = errno;
	munmap(page, psize());
	if (!err)
		return NULL;
	snprintf(why, sizeof(why), "move_pages(MPOL_MF_MOVE_ALL) of our own page: %s",
		 strerror(err));
	return why;
}

const char *race_bounce_unsupported(void)
{
	const char *why = race_unsupported();

	if (!why)
		why = race_nothp_unsupported();
	if (!why)
		why = race_move_unsupported();
	return why;
}

unsigned long long race_taint_read(void)
{
	char buf[32];

	if (!read_file("/proc/sys/kernel/tainted", buf, sizeof(buf)))
		return 0;
	return strtoull(buf, NULL, 10);
}

char *race_taint_str(unsigned long long flags, char *buf, size_t size)
{
	/* kernel/panic.c's taint_flags, bit by bit. */
	static const char letters[] = "PFSRMBUDAWCIOELKXTNJ";
	size_t n = 0;
	unsigned int bit;

	for (bit = 0; bit < sizeof(letters) - 1 && n + 1 < size; bit++)
		if (flags & BIT_ULL(bit))
			buf[n++] = letters[bit];
	if (flags >> (sizeof(letters) - 1) && n + 1 < size)
		buf[n++] = '?';
	snprintf(buf + n, size - n, " (0x%llx)", flags);
	return buf;
}

/*
 * The taint flags and the kernel log's end when the test program started,
 * before its support probes (swap_race's MADV_PAGEOUT probe already pages
 * out, and a broken kernel can err there, before any race): the race
 * driver judges the kernel against these, so an error in the probes fails
 * the first test too, instead of making its flags "already set". A
 * test's first race_driver_stop(), its watcher when it sees an error, and
 * error_exit() move both on, so that the next test (another process of
 * the harness's: the flags are in a shared mapping, the log's position is
 * in the open file all share) is not failed for what the kernel reported
 * during this one. What a test's teardown and exit make the kernel
 * report (a "Bad rss-counter" at the test process's exit) counts for the
 * next one; after a program's last test, for none.
 */
static unsigned long long taint_local;
static unsigned long long *taint_at_start = &taint_local;
static int kmsg_at_start = -1;
/* race_main()'s process group: the runner's, or one of the harness's. */
static pid_t pgrp_at_start;

/* Called by race_main(): what the kernel reports later is the tests'. */
static void race_baseline(void)
{
	void *shared = mmap(NULL, sizeof(*taint_at_start), PROT_READ | PROT_WRITE,
			    MAP_SHARED | MAP_ANONYMOUS, -1, 0);

	if (shared != MAP_FAILED)
		taint_at_start = shared;
	else
		ksft_print_msg("no shared mapping: each test judged from the program's start\n");
	pgrp_at_start = getpgrp();
	*taint_at_start = race_taint_read() & RACE_TAINT_ERRORS;
	kmsg_at_start = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (kmsg_at_start >= 0)
		lseek(kmsg_at_start, 0, SEEK_END);
	else if (!geteuid())	/* else the program skips: "needs root" */
		ksft_print_msg("/dev/kmsg: %s: errors that set no new taint flag go unseen\n",
			       strerror(errno));
}

/* Fold the error flags set since the start into d->taint_new. */
static unsigned long long taint_update(struct race_driver *d)
{
	unsigned long long t = race_taint_read() & RACE_TAINT_ERRORS;

	t &= ~d->taint_before;
	if (t)
		atomic_fetch_or(&d->taint_new, t);
	return t;
}

/*
 * What the kernel prints when it finds itself wrong. The taint flags
 * cover most; lockdep's and RCU's reports, and "Bad rss-counter", taint
 * nothing: only the log shows them. "Unused swap" is what older kernels'
 * _swap_info_get() prints ("... offset entry", "... file entry").
 */
static const char *const kmsg_errors[] = {
	"WARNING:", "BUG:", "kernel BUG at", "Oops", "general protection fault",
	"suspicious RCU usage", "possible circular locking",
	"possible recursive locking", "inconsistent lock state",
	"Bad page", "Bad rss-counter", "Huh VM_FAULT_OOM", "Bad swap",
	"Unused swap", "list_add corruption", "list_del corruption",
	"KASAN:",
};

/*
 * Not errors of the kernel's own: an overcommitted virtual machine has
 * them on a correct kernel ("watchdog: BUG: soft lockup", "BUG:
 * workqueue lockup"), as for the L taint; a module flushing the system
 * workqueues gets a pr_warn() beginning "WARNING:" (workqueue.c).
 */
static const char *const kmsg_ignored[] = {
	"soft lockup", "workqueue lockup", "Flushing system-wide workqueues",
};

/* Whether a /dev/kmsg record's message says the kernel erred. */
static bool kmsg_is_error(const char *msg)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(kmsg_ignored); i++)
		if (strstr(msg, kmsg_ignored[i]))
			return false;
	for (i = 0; i < ARRAY_SIZE(kmsg_errors); i++)
		if (strstr(msg, kmsg_errors[i]))
			return true;
	return false;
}

/* Read /dev/kmsg's new records; true if one says the kernel erred. */
static bool kmsg_update(struct race_driver *d)
{
	char rec[8192];		/* printk's longest record, and more */
	const char *msg;
	ssize_t n;

	if (d->kmsg_fd < 0 || atomic_load(&d->kmsg_bad))
		return atomic_load(&d->kmsg_bad);
	for (;;) {
		n = read(d->kmsg_fd, rec, sizeof(rec) - 1);
		/* EPIPE: records overwritten; EINVAL: one longer than rec */
		if (n < 0 && (errno == EPIPE || errno == EINVAL))
			continue;
		if (n <= 0)
			return false;
		rec[n] = '\0';
		/*
		 * "prio,seq,usec,flags;message\n[continuation lines]"; prio
		 * is facility << 3 | level, and only the kernel's records
		 * have facility 0 (what user space writes to /dev/kmsg
		 * gets LOG_USER).
		 */
		if (strtol(rec, NULL, 10) >> 3)
			continue;
		msg = strchr(rec, ';');
		msg = msg ? msg + 1 : rec;
		if (kmsg_is_error(msg)) {
			snprintf(d->kmsg_line, sizeof(d->kmsg_line), "%.*s",
				 (int)strcspn(msg, "\n"), msg);
			atomic_store(&d->kmsg_bad, true);
			return true;
		}
	}
}

bool race_driver_erred(struct race_driver *d)
{
	return atomic_load(&d->taint_new) || atomic_load(&d->kmsg_bad);
}

/*
 * The test process outlived a kernel error by too long: end it, failed,
 * with its children (a child spinning on a stale migration entry would
 * hold a CPU for good). The harness runs each test in a process group of
 * its own (setpgrp() in the process it forks; a TEST_F() body runs in a
 * child of that one): kill that group, which the harness reports as a
 * failure. In race_main()'s own group (another harness), just exit.
 */
static void *error_exit(void *arg)
{
	(void)arg;
	sleep(RACE_ERROR_EXIT_SECONDS);
	ksft_print_msg("still running %d s after the kernel reported an error: ending it\n",
		       RACE_ERROR_EXIT_SECONDS);
	fflush(NULL);
	/* The next test is judged from here: race_driver_stop() never came. */
	*taint_at_start = race_taint_read() & RACE_TAINT_ERRORS;
	if (kmsg_at_start >= 0)
		lseek(kmsg_at_start, 0, SEEK_END);
	if (getpgrp() != pgrp_at_start)
		kill(0, SIGKILL);
	_exit(KSFT_FAIL);
}

/*
 * Poll the taint flags and the kernel log; end the race when the kernel
 * reports an error, say which, and make sure the test process ends after
 * it.
 */
static void *taint_loop(void *arg)
{
	struct race_driver *d = arg;
	unsigned long long t;
	pthread_t thread;
	char buf[64];
	bool kmsg;

	while (!atomic_load(&d->stop)) {
		t = taint_update(d);
		kmsg = kmsg_update(d);	/* read the log whatever the flags say */
		if (t || kmsg) {
			atomic_store(&d->stop, true);
			/*
			 * Ours, for the next test, as far as seen now (the
			 * flags come at a report's end; error_exit() and
			 * race_driver_stop() move the baseline on again).
			 */
			*taint_at_start |= t | d->taint_before;
			lseek(d->kmsg_fd, 0, SEEK_END);
			if (t)
				ksft_print_msg("kernel tainted %s: ending the race\n",
					       race_taint_str(t, buf, sizeof(buf)));
			else
				ksft_print_msg("kernel: %s: ending the race\n", d->kmsg_line);
			fflush(stdout);
			if (!pthread_create(&thread, NULL, error_exit, NULL))
				pthread_detach(thread);
			break;
		}
		usleep(RACE_TAINT_POLL_MS * 1000);
	}
	return NULL;
}

/*
 * The compaction thread's own state, not the driver's: a pass over a
 * large node can outlast race_driver_stop()'s wait, and the thread is
 * then left to finish it (it frees this) while the test goes on.
 */
struct race_compact {
	atomic_bool stop;
	/*
	 * Set by the thread as it ends, and by race_driver_stop() when it
	 * leaves the thread: the second to set it frees this.
	 */
	atomic_bool released;
	atomic_ulong passes;
	char path[2][64];
	int n;
};

/*
 * Keep compaction running on the nodes the test uses (@compact_node, or
 * both bounce nodes): every pass migrates movable pages. On all nodes
 * (compact_memory) only where there is no per-node knob (!CONFIG_SYSFS).
 */
static void *compact_loop(void *arg)
{
	struct race_compact *c = arg;
	int i;

	while (!atomic_load(&c->stop)) {
		for (i = 0; i < c->n && !atomic_load(&c->stop); i++) {
			if (race_write_file(c->path[i], "1"))
				goto out;
			atomic_fetch_add(&c->passes, 1);
		}
	}
out:
	if (atomic_exchange(&c->released, true))
		free(c);
	return NULL;
}

static struct race_compact *race_compact_new(struct race_driver *d)
{
	struct race_compact *c = calloc(1, sizeof(*c));
	int i;

	if (!c)
		return NULL;
	c->n = d->compact_node < 0 ? 2 : 1;
	for (i = 0; i < c->n; i++) {
		snprintf(c->path[i], sizeof(c->path[i]), "/sys/devices/system/node/node%d/compact",
			 c->n == 1 ? d->compact_node : d->nodes[i]);
		if (access(c->path[i], F_OK) && errno == ENOENT) {
			snprintf(c->path[0], sizeof(c->path[0]), "/proc/sys/vm/compact_memory");
			c->n = 1;
			break;
		}
	}
	return c;
}

/*
 * Move the target range to the other node, a chunk at a time, until
 * stopped. @where keeps the node each page was last seen on (-1: not
 * known), so that pages_moved counts the pages that changed node, not
 * those that were on the target already.
 */
static void *bounce_loop(void *arg)
{
	struct race_driver *d = arg;
	size_t chunk = race_bounce_pages();
	size_t ps = psize(), npages = d->len / ps;
	void **pages = calloc(chunk, sizeof(*pages));
	int *nodes = calloc(chunk, sizeof(*nodes));
	int *status = calloc(chunk, sizeof(*status));
	int *where = calloc(npages, sizeof(*where));
	int target = 1, *w;
	size_t off, i, n;
	long ret;

	if (!pages || !nodes || !status || !where)
		goto out;
	for (i = 0; i < npages; i++)
		where[i] = -1;
	while (!atomic_load(&d->stop)) {
		for (off = 0; off < npages && !atomic_load(&d->stop); off += n) {
			n = npages - off < chunk ? npages - off : chunk;
			for (i = 0; i < n; i++) {
				pages[i] = d->addr + (off + i) * ps;
				nodes[i] = d->nodes[target];
			}
			atomic_store(&d->chunk_len, n * ps);
			atomic_store(&d->chunk, (uintptr_t)(d->addr + off * ps));
			ret = move_pages(d->pid, n, pages, nodes, status,
					 MPOL_MF_MOVE_ALL);
			atomic_store(&d->chunk, 0);
			if (ret < 0 && race_move_refused(errno)) {
				/* Not ours to move, or no migration: for good. */
				atomic_store(&d->denied, errno);
				goto out;
			}
			/*
			 * Unless every page moved (0), the status array is not
			 * to be trusted (exec_race.c says why): forget where
			 * those pages are.
			 */
			for (i = 0; i < n; i++) {
				w = &where[off + i];
				if (ret || status[i] < 0) {
					*w = -1;
					continue;
				}
				d->pages_moved += *w >= 0 && *w != status[i];
				*w = status[i];
			}
		}
		d->bounces++;
		target = !target;
	}
out:
	free(pages);
	free(nodes);
	free(status);
	free(where);
	return NULL;
}

int race_driver_start(struct race_driver *d, int compact_node, pid_t pid,
		      void *addr, size_t len)
{
	char buf[64];
	int err;

	memset(d, 0, sizeof(*d));
	atomic_init(&d->stop, false);
	atomic_init(&d->chunk, 0);
	atomic_init(&d->chunk_len, 0);
	atomic_init(&d->taint_new, 0);
	atomic_init(&d->denied, 0);
	d->pagemap_fd = -1;
	atomic_init(&d->kmsg_bad, false);
	/* Where the previous test left it (race_baseline()), else from now. */
	d->kmsg_fd = kmsg_at_start >= 0 ? fcntl(kmsg_at_start, F_DUPFD_CLOEXEC, 0) :
		     open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (d->kmsg_fd >= 0 && kmsg_at_start < 0)
		lseek(d->kmsg_fd, 0, SEEK_END);
	d->compact_node = compact_node;
	d->pid = pid;
	d->addr = addr;
	d->len = len;
	err = ENODEV;
	if (race_pick_nodes(d->nodes) < 2)
		goto fail;
	d->pagemap_fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
	err = errno;
	if (d->pagemap_fd < 0)
		goto fail;
	d->taint_before = *taint_at_start;
	if (d->taint_before)
		ksft_print_msg("kernel tainted %s already: the race cannot set those flags again\n",
			       race_taint_str(d->taint_before, buf, sizeof(buf)));
	err = pthread_create(&d->taint_thread, NULL, taint_loop, d);
	if (err)
		goto fail;
	d->watching = true;
	if (compact_node != RACE_NO_COMPACT) {
		d->compact = race_compact_new(d);
		if (!d->compact) {
			err = ENOMEM;
			goto fail;
		}
		err = pthread_create(&d->compact_thread, NULL, compact_loop, d->compact);
		if (err) {
			free(d->compact);
			d->compact = NULL;
			goto fail;
		}
		d->compacting = true;
	}
	if (len) {
		err = pthread_create(&d->bounce_thread, NULL, bounce_loop, d);
		if (err)
			goto fail;
		d->bouncing = true;
	}
	return 0;
fail:
	race_driver_stop(d);
	return -err;
}

bool race_join(pthread_t thread, double deadline)
{
	struct timespec ts;
	double left = deadline - race_now();

	/* pthread_timedjoin_np() takes a CLOCK_REALTIME time. */
	clock_gettime(CLOCK_REALTIME, &ts);
	if (left > 0) {
		ts.tv_sec += (time_t)left;
		ts.tv_nsec += (long)((left - (time_t)left) * 1e9);
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
	}
	return pthread_timedjoin_np(thread, NULL, &ts) == 0;
}

void race_driver_stop(struct race_driver *d)
{
	double deadline = race_now() + RACE_STOP_SECONDS;
	bool watcher_gone = true;
	unsigned long long now;

	atomic_store(&d->stop, true);
	if (d->compacting) {
		struct race_compact *c = d->compact;

		atomic_store(&c->stop, true);
		if (race_join(d->compact_thread, deadline)) {
			d->compactions = atomic_load(&c->passes);
			free(c);
		} else {
			/*
			 * Still in a write to a compact knob: a pass over a
			 * large node takes a while. Leave it to finish.
			 */
			d->compactions = atomic_load(&c->passes);
			ksft_print_msg("compaction pass over %d s: left to end\n",
				       RACE_STOP_SECONDS);
			pthread_detach(d->compact_thread);
			if (atomic_exchange(&c->released, true))
				free(c);
		}
		d->compact = NULL;
	}
	if (d->bouncing && !race_join(d->bounce_thread, deadline))
		d->stuck++;
	if (d->watching && !race_join(d->taint_thread, deadline)) {
		d->stuck++;
		watcher_gone = false;
	}
	/* Once only: a thread not joined is not waited for again. */
	d->compacting = false;
	d->bouncing = false;
	d->watching = false;
	if (d->pagemap_fd >= 0) {
		close(d->pagemap_fd);
		d->pagemap_fd = -1;
	}
	/*
	 * After the children and threads are gone: the last word, once (a
	 * second call, from the teardown, would hand what came since to
	 * neither this test nor the next).
	 */
	if (d->judged)
		return;
	d->judged = true;
	now = race_taint_read() & RACE_TAINT_ERRORS;
	if (now & ~d->taint_before)
		atomic_fetch_or(&d->taint_new, now & ~d->taint_before);
	*taint_at_start = now;
	if (watcher_gone && d->kmsg_fd >= 0) {
		/* Past what this test left unread: it stops at an error. */
		if (kmsg_update(d))
			lseek(d->kmsg_fd, 0, SEEK_END);
		close(d->kmsg_fd);
		d->kmsg_fd = -1;
	}
}

bool race_driver_stopped(struct race_driver *d)
{
	return atomic_load(&d->stop);
}

void race_driver_wait(struct race_driver *d, int seconds)
{
	double end = race_now() + seconds;

	while (!race_driver_stopped(d) && race_now() < end)
		usleep(RACE_STOP_POLL_MS * 1000);
}

bool race_driver_clean(struct race_driver *d)
{
	unsigned long long t = atomic_load(&d->taint_new);
	char buf[64];
	bool ok = true;

	if (t) {
		ksft_print_msg("kernel tainted %s during the race\n",
			       race_taint_str(t, buf, sizeof(buf)));
		ok = false;
	}
	if (atomic_load(&d->kmsg_bad)) {
		ksft_print_msg("kernel: %s\n", d->kmsg_line);
		ok = false;
	}
	if (d->stuck) {
		ksft_print_msg("%u driver thread(s) did not stop within %d s\n",
			       d->stuck, RACE_STOP_SECONDS);
		ok = false;
	}
	return ok;
}

bool race_driver_align(struct race_driver *d, int timeout_ms)
{
	double end = race_now() + timeout_ms / 1000.0;
	size_t ps = psize(), i, n;
	char *chunk;

	if (d->pagemap_fd < 0 || !d->bouncing)
		return false;
	while (race_now() < end && !race_driver_stopped(d)) {
		chunk = (char *)atomic_load(&d->chunk);
		if (!chunk) {
			sched_yield();
			continue;
		}
		/*
		 * Sample 64 pages spread over the chunk: a migration entry
		 * reads as PM_SWAP (pagemap_is_swapped() would also ask
		 * PAGEMAP_SCAN, and fail the test when the two disagree).
		 */
		n = atomic_load(&d->chunk_len) / ps;
		for (i = 0; i < 64 && i < n; i++)
			if (pagemap_get_entry(d->pagemap_fd,
					      chunk + i * n / 64 * ps) & PM_SWAP)
				return true;
	}
	return false;
}

static inline uint64_t pattern_word(uint64_t seed, size_t page, size_t w)
{
	uint64_t x = seed * 0x9e3779b97f4a7c15ULL + page * 0xbf58476d1ce4e5b9ULL;

	/* Two words per page alternate: not same-filled, still compressible. */
	return (w & 1) ? ~x : x;
}

bool race_pattern_page_ok(const void *page, size_t i, uint64_t seed)
{
	const uint64_t *p = page;
	size_t w;

	for (w = 0; w < psize() / 8; w++)
		if (p[w] != pattern_word(seed, i, w))
			return false;
	return true;
}

void race_pattern_fill_page(void *page, size_t i, uint64_t seed)
{
	uint64_t *p = page;
	size_t w;

	for (w = 0; w < psize() / 8; w++)
		p[w] = pattern_word(seed, i, w);
}

void race_pattern_fill(void *buf, size_t len, uint64_t seed)
{
	size_t i, ps = psize();

	for (i = 0; i < len / ps; i++)
		race_pattern_fill_page((char *)buf + i * ps, i, seed);
}

size_t race_pattern_check(const void *buf, size_t len, uint64_t seed)
{
	size_t i, bad = 0, ps = psize();

	for (i = 0; i < len / ps; i++)
		bad += !race_pattern_page_ok((const char *)buf + i * ps, i, seed);
	return bad;
}

static int race_pidfd_open(pid_t pid)
{
	return syscall(__NR_pidfd_open, pid, 0);
}

/* race_wait_child() with @grace seconds for a killed child to go. */
static enum race_reaped wait_child(pid_t pid, int *status, double deadline,
				   double grace)
{
	struct pollfd pfd = { .fd = race_pidfd_open(pid), .events = POLLIN };
	enum race_reaped how = RACE_EXITED;
	double now, left;
	pid_t ret;

	for (;;) {
		ret = waitpid(pid, status, WNOHANG);
		if (ret == pid)
			break;
		if (ret < 0 && errno != EINTR) {
			how = RACE_STUCK;	/* not ours to wait for */
			break;
		}
		now = race_now();
		if (now >= deadline) {
			if (how == RACE_KILLED) {
				how = RACE_STUCK;
				break;
			}
			kill(pid, SIGKILL);
			how = RACE_KILLED;
			deadline = now + grace;
		}
		/* Wakes up when the child exits (without a pidfd: a nap). */
		left = deadline - race_now();
		poll(&pfd, 1, left > 0.1 ? 100 : left > 0 ? (int)(left * 1000) + 1 : 0);
	}
	if (pfd.fd >= 0)
		close(pfd.fd);
	return how;
}

enum race_reaped race_wait_child(pid_t pid, int *status, double deadline)
{
	return wait_child(pid, status, deadline, RACE_KILL_SECONDS);
}

enum race_reaped race_kill_child(pid_t pid, int *status)
{
	return wait_child(pid, status, 0, RACE_ERROR_KILL_MS / 1000.0);
}

enum race_reaped race_driver_wait_child(struct race_driver *d, pid_t pid,
					int *status, double deadline)
{
	pid_t r;

	while (race_now() < deadline && !race_driver_erred(d)) {
		r = waitpid(pid, status, WNOHANG);
		if (r == pid)
			return RACE_EXITED;
		if (r < 0 && errno != EINTR)
			break;
		usleep(10000);
	}
	if (race_driver_erred(d))
		return race_kill_child(pid, status);
	return race_wait_child(pid, status, deadline);
}

void race_give_up(const char *what, int seconds)
{
	ksft_print_msg("%s did not stop within %d s: giving up\n", what, seconds);
	/* Not exit(): no atexit handler under threads still running. */
	fflush(NULL);
	_exit(KSFT_FAIL);
}

struct race_child {
	pid_t pid;
	int pidfd;		/* -1 (no pidfd_open()): poll() just sleeps */
	double deadline;	/* killed then, given up RACE_KILL_SECONDS later */
	bool killed;
};

static void child_failed(struct race_children *st, int status)
{
	if (!st->failed++)
		st->first_status = status;
}

static void child_forget(struct race_child *kids, int *live, int i)
{
	if (kids[i].pidfd >= 0)
		close(kids[i].pidfd);
	kids[i] = kids[--*live];
}

/*
 * Wait up to @timeout_ms for one of the @live children to exit, then
 * reap those that have, kill those past their deadline, and give up on
 * those a SIGKILL has not ended in RACE_KILL_SECONDS.
 */
static void reap(struct race_children *st, struct race_child *kids,
		 int *live, int timeout_ms)
{
	struct pollfd pfd[RACE_MAX_LIVE];
	double now;
	int i, status;
	pid_t ret;

	if (!*live)
		return;
	for (i = 0; i < *live; i++)
		pfd[i] = (struct pollfd){ .fd = kids[i].pidfd, .events = POLLIN };
	if (timeout_ms)
		poll(pfd, *live, timeout_ms);
	now = race_now();
	for (i = 0; i < *live;) {
		ret = waitpid(kids[i].pid, &status, WNOHANG);
		if (ret == kids[i].pid) {
			if (kids[i].killed || !WIFEXITED(status) || WEXITSTATUS(status))
				child_failed(st, status);
			child_forget(kids, live, i);
			continue;
		}
		if (ret < 0 && errno != EINTR) {
			child_failed(st, -1);
			child_forget(kids, live, i);
			continue;
		}
		if (now >= kids[i].deadline) {
			if (kids[i].killed) {
				st->stuck++;
				child_failed(st, -1);
				child_forget(kids, live, i);
				continue;
			}
			kill(kids[i].pid, SIGKILL);
			kids[i].killed = true;
			kids[i].deadline = now + RACE_KILL_SECONDS;
			st->hung++;
		}
		i++;
	}
}

void race_report_left(unsigned long left)
{
	if (left)
		ksft_print_msg("children killed on the kernel's error, not reaped in %d ms: %lu\n",
			       RACE_ERROR_KILL_MS, left);
}

/*
 * Kill the @live children, reap those that go within RACE_ERROR_KILL_MS,
 * count the others as left; judge none of them.
 */
static void kill_left(struct race_children *st, struct race_child *kids,
		      int *live)
{
	double deadline = race_now() + RACE_ERROR_KILL_MS / 1000.0;
	int i, status;
	pid_t ret;

	for (i = 0; i < *live; i++)
		kill(kids[i].pid, SIGKILL);
	for (;;) {
		for (i = 0; i < *live;) {
			ret = waitpid(kids[i].pid, &status, WNOHANG);
			if (ret == kids[i].pid || (ret < 0 && errno != EINTR))
				child_forget(kids, live, i);
			else
				i++;
		}
		if (!*live || race_now() >= deadline)
			break;
		usleep(RACE_STOP_POLL_MS * 1000);
	}
	st->left += *live;
	race_report_left(*live);
	while (*live)
		child_forget(kids, live, 0);
}

void race_children_report(const struct race_children *st)
{
	if (st->first_status == -1)
		ksft_print_msg("first failed child: no wait status; %lu hung, %lu not reaped\n",
			       st->hung, st->stuck);
	else
		ksft_print_msg("first failed child: wait status 0x%x; %lu hung, %lu not reaped\n",
			       st->first_status, st->hung, st->stuck);
}

void race_children_run(struct race_driver *d, int seconds, int max_live,
		       int (*child)(void *arg), void *arg,
		       struct race_children *st)
{
	struct race_child kids[RACE_MAX_LIVE];
	double end = race_now() + seconds;
	int live = 0;
	pid_t pid;

	memset(st, 0, sizeof(*st));
	if (max_live > RACE_MAX_LIVE)
		max_live = RACE_MAX_LIVE;
	while (race_now() < end && !race_driver_stopped(d)) {
		if (live >= max_live) {
			reap(st, kids, &live, 100);
			continue;
		}
		/* Fork while a chunk of our memory is being migrated. */
		if (d->bouncing && !d->pid)
			st->aligned += race_driver_align(d, 200);
		pid = fork();
		if (pid == 0) {
			race_child_quiet();
			_exit(child(arg));
		}
		if (pid < 0) {
			/* EAGAIN: let some children go first. */
			if (!live)
				usleep(10000);
			reap(st, kids, &live, 100);
			continue;
		}
		st->forked++;
		kids[live++] = (struct race_child){
			.pid = pid,
			.pidfd = race_pidfd_open(pid),
			.deadline = race_now() + RACE_CHILD_SECONDS,
		};
		reap(st, kids, &live, 0);
	}
	/*
	 * The kernel reported an error, which fails the test: a child may
	 * be stuck on what it left (a migration entry nobody removes). Kill
	 * the children now rather than at their deadlines, so the test
	 * fails at once, and judge them no further (RACE_ERROR_KILL_MS).
	 */
	while (live) {
		if (race_driver_erred(d)) {
			kill_left(st, kids, &live);
			break;
		}
		reap(st, kids, &live, 100);
	}
}

int race_main(int argc, char **argv, const char *(*unsupported)(void),
	      int (*harness_run)(int argc, char **argv))
{
	const char *why;
	int i;

	for (i = 1; i < argc; i++)
		if (!strcmp(argv[i], "-l") || !strcmp(argv[i], "-h"))
			return harness_run(argc, argv);
	/* Line-buffered stdout, so TAP and markers interleave in order. */
	setvbuf(stdout, NULL, _IOLBF, 0);
	/* A bad setting is an error before any test, not a default. */
	race_seconds();
	race_bounce_pages();
	race_baseline();
	why = unsupported();
	if (why)
		ksft_exit_skip("%s\n", why);
	return harness_run(argc, argv);
}
