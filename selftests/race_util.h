/* SPDX-License-Identifier: GPL-2.0 */
/*
 * race_util.h - what the rmap/migration race tests share.
 *
 * The tests keep migration running all the time (the "driver": a thread
 * compacting the two NUMA nodes in a loop, and a thread bouncing a target
 * range between them with move_pages(2)) while they change the
 * address space, and check every page's contents afterwards. A third
 * thread of the driver polls the kernel's taint flags and log and ends
 * the race early when the kernel reports an error.
 */
#ifndef RACE_UTIL_H
#define RACE_UTIL_H

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include "kselftest.h"
#include "vm_util.h"

/* Race duration (s) unless $RACE_SECONDS says otherwise. */
#define RACE_DEFAULT_SECONDS	10
/* A child still running this long (s) is killed and counts as failed. */
#define RACE_CHILD_SECONDS	20
/* How long (s) to wait for a killed child before giving up on it. */
#define RACE_KILL_SECONDS	5
/*
 * How long (ms) to wait for children killed once the kernel reported an
 * error (race_kill_child(), race_children_run()). The error fails the
 * test; those children are not judged, and the ones still there then
 * are left and counted. Some never go: one whose fault on a stale
 * migration entry was taken inside the kernel (exec_race's, in
 * create_elf_tables()) retries it forever and never acts on the signal.
 * Others are only slow to go (tearing down their memory on a slow
 * machine): the test's report need not wait for them.
 */
#define RACE_ERROR_KILL_MS	200
/*
 * How long (s) a thread has to stop once told to: it may be waiting for
 * a child (RACE_CHILD_SECONDS, then RACE_KILL_SECONDS).
 */
#define RACE_STOP_SECONDS	(RACE_CHILD_SECONDS + RACE_KILL_SECONDS + 5)
/* Harness timeout beyond the race: setup, stopping, checks. */
#define RACE_MARGIN_SECONDS	60
/*
 * After the kernel reported an error, a test process still running this
 * long (s) is stuck on what the kernel left: it exits, failed.
 */
#define RACE_ERROR_EXIT_SECONDS	10
/* How often (ms) the driver reads the taint flags. */
#define RACE_TAINT_POLL_MS	100
/* How often (ms) a loop waiting for the race to end looks whether it did. */
#define RACE_STOP_POLL_MS	10
/* Most children race_children_run() keeps alive at once. */
#define RACE_MAX_LIVE		8

/*
 * Taint flags (kernel/panic.c) that say the kernel hit an error: a bad
 * page or a KASAN report (B), an oops or BUG (D), a WARN or a "BUG:
 * sleeping function called from invalid context" (W). The others
 * (modules, firmware, user requests, ...) say nothing about this race,
 * nor does a soft lockup (L): an overcommitted virtual machine has them
 * on a correct kernel.
 */
#define RACE_TAINT_BAD_PAGE	BIT_ULL(5)
#define RACE_TAINT_DIE		BIT_ULL(7)
#define RACE_TAINT_WARN		BIT_ULL(9)
#define RACE_TAINT_ERRORS	(RACE_TAINT_BAD_PAGE | RACE_TAINT_DIE | \
				 RACE_TAINT_WARN)

/*
 * In a forked child that prints nothing: let go of the test's output, so
 * that a child stuck on what an erring kernel left does not keep whoever
 * reads it (run_vmtests.sh's pipe) from its end.
 */
void race_child_quiet(void);

/* Seconds a race runs: $RACE_SECONDS, else RACE_DEFAULT_SECONDS. */
int race_seconds(void);
/*
 * The harness timeout of a race test that races @races times
 * $RACE_SECONDS and needs @extra seconds of its own.
 */
int race_timeout(int races, int extra);
/*
 * The integer $@name, else @def; a value that is not an integer from
 * @min to @max ends the program, failed, saying so.
 */
long race_env(const char *name, long def, long min, long max);
/* Monotonic seconds. */
double race_now(void);
/* A /proc/vmstat counter, or -1 if the kernel has no such line. */
long race_vmstat_read(const char *name);
/*
 * Write @val to @path; 0 or -errno (vm_util's write_file() exits on
 * error: a knob that cannot be set must SKIP, and restoring one must go
 * on with the others).
 */
int race_write_file(const char *path, const char *val);

/*
 * The first two NUMA nodes that this task's cpuset allows and that have
 * some free memory, in @nodes. Returns how many it found (0 to 2).
 */
int race_pick_nodes(int nodes[2]);
/*
 * Why no race test can run here (not root, no two nodes as above), or
 * NULL.
 */
const char *race_unsupported(void);
/*
 * madvise(MADV_NOHUGEPAGE) on [@addr, @addr + @len): 0 or errno; EINVAL
 * (no THP: base pages anyway) counts as success.
 */
int race_nothp(void *addr, size_t len);
/* Why race_nothp() fails on a page of ours, or NULL. */
const char *race_nothp_unsupported(void);
/*
 * move_pages() errors no retry gets past: EPERM (no CAP_SYS_NICE),
 * EACCES (the cpuset), ENOSYS (NUMA without CONFIG_NUMA_MIGRATION).
 */
static inline bool race_move_refused(int err)
{
	return err == EPERM || err == EACCES || err == ENOSYS;
}

/*
 * Why a page of ours cannot be moved to the nodes of race_pick_nodes()
 * with move_pages(MPOL_MF_MOVE_ALL), as the driver does
 * (race_move_refused()), or NULL.
 */
const char *race_move_unsupported(void);
/*
 * For tests that bounce their own base pages: race_unsupported(), else
 * race_nothp_unsupported(), else race_move_unsupported().
 */
const char *race_bounce_unsupported(void);

/* /proc/sys/kernel/tainted; 0 if it cannot be read. */
unsigned long long race_taint_read(void);
/* @flags as "W (0x200)", in @buf. */
char *race_taint_str(unsigned long long flags, char *buf, size_t size);

/* How race_wait_child() ended. */
enum race_reaped {
	RACE_EXITED,		/* by itself */
	RACE_KILLED,		/* by our SIGKILL, at the deadline */
	RACE_STUCK,		/* not even then: given up, not reaped */
};

/*
 * Wait for child @pid until @deadline (race_now() time), then kill it
 * and wait RACE_KILL_SECONDS more. @status gets its wait status unless
 * RACE_STUCK.
 */
enum race_reaped race_wait_child(pid_t pid, int *status, double deadline);
/*
 * Kill child @pid now and wait RACE_ERROR_KILL_MS for it: RACE_KILLED if
 * reaped (RACE_EXITED if it had exited already), else RACE_STUCK.
 */
enum race_reaped race_kill_child(pid_t pid, int *status);
/* Say how many children killed on the kernel's error were left (if any). */
void race_report_left(unsigned long left);
/*
 * Join @thread by @deadline (race_now() time); false (and the thread
 * left running) if it has not ended by then.
 */
bool race_join(pthread_t thread, double deadline);

struct race_driver;
/*
 * race_wait_child(), but once the kernel reported an error (driver @d),
 * kill the child at once rather than at @deadline.
 */
enum race_reaped race_driver_wait_child(struct race_driver *d, pid_t pid,
					int *status, double deadline);

/*
 * For a test whose threads (or racer process) did not stop within
 * @seconds: they still use the fixture, which the teardown would free
 * under them. Say that @what did not stop, and end the test process as
 * failed, without the teardown.
 */
__noreturn void race_give_up(const char *what, int seconds);

#define RACE_NO_COMPACT	(-2)

struct race_driver {
	pthread_t compact_thread, bounce_thread, taint_thread;
	bool compacting, bouncing, watching;
	/* Set by race_driver_stop(), or by the taint thread. */
	atomic_bool stop;
	int compact_node;		/* -1: nodes[], RACE_NO_COMPACT: none */
	int nodes[2];			/* the bounce nodes (race_pick_nodes()) */
	pid_t pid;			/* bounce target: 0 = ourselves */
	char *addr;			/* range bounced between nodes */
	size_t len;
	int pagemap_fd;			/* our /proc/self/pagemap */
	/* Chunk being moved now (for race_driver_align()): 0 if none. */
	atomic_uintptr_t chunk;
	atomic_size_t chunk_len;
	/* Error taint flags: set before the race, set since it started. */
	unsigned long long taint_before;
	atomic_ulong taint_new;
	/*
	 * /dev/kmsg from where the test program's previous test left it, or
	 * from the program's start (-1 if unreadable), and the first error
	 * it printed since, "" if none: errors that set no new taint flag (a
	 * WARN while W is already set, a "Huh VM_FAULT_OOM", lockdep
	 * reports).
	 */
	int kmsg_fd;
	atomic_bool kmsg_bad;
	char kmsg_line[128];
	/* errno of a move_pages() refused for good (race_move_refused()). */
	atomic_int denied;
	struct race_compact *compact;	/* the compaction thread's */
	/*
	 * Driver threads that did not stop within RACE_STOP_SECONDS (a
	 * compaction pass still running then is left to finish).
	 */
	unsigned int stuck;
	bool judged;			/* race_driver_stop() read the kernel */
	/* Filled by the threads; read them after race_driver_stop(). */
	unsigned long compactions, bounces, pages_moved;
};

/*
 * Start the taint thread, the compaction loop (on @compact_node, the two
 * nodes of race_pick_nodes() if -1, none if RACE_NO_COMPACT) and, if @len,
 * a thread moving [@addr, @addr + @len) of @pid (0: ourselves) to the
 * other node, RACE_BOUNCE_PAGES pages at a time. Returns 0 or -errno.
 */
int race_driver_start(struct race_driver *d, int compact_node, pid_t pid,
		      void *addr, size_t len);
/*
 * Stop and join the threads (each bounded), read the taint flags and the
 * log last (the first call only).
 */
void race_driver_stop(struct race_driver *d);
/*
 * True once the race is to end: race_driver_stop(), or an error the
 * kernel reported (taint or log).
 */
bool race_driver_stopped(struct race_driver *d);
/* Whether the kernel reported an error (taint or log) since the start. */
bool race_driver_erred(struct race_driver *d);
/* Sleep @seconds, or until race_driver_stopped(). */
void race_driver_wait(struct race_driver *d, int seconds);
/*
 * After race_driver_stop(): false, with a message naming them, if the
 * kernel set error taint flags or logged an error during the race, or
 * driver threads did not stop.
 */
bool race_driver_clean(struct race_driver *d);
/*
 * Wait (up to @timeout_ms) until a page of the chunk the bouncer is
 * moving shows a migration entry in /proc/self/pagemap, so the caller's
 * next step lands inside a migration rather than between two. Returns
 * true if it saw one.
 */
bool race_driver_align(struct race_driver *d, int timeout_ms);

/*
 * Per-page patterns: every 8-byte word of page @i depends on @seed, @i.
 * The length is a multiple of psize().
 */
void race_pattern_fill(void *buf, size_t len, uint64_t seed);
/* Fill one page as page @i of race_pattern_fill(@seed). */
void race_pattern_fill_page(void *page, size_t i, uint64_t seed);
/* Number of pages of @buf whose contents differ from race_pattern_fill(). */
size_t race_pattern_check(const void *buf, size_t len, uint64_t seed);
/* Check page @i only. */
bool race_pattern_page_ok(const void *page, size_t i, uint64_t seed);

/* Children forked by race_children_run(). */
struct race_children {
	unsigned long forked, failed, aligned;
	unsigned long hung;		/* killed after RACE_CHILD_SECONDS */
	unsigned long stuck;		/* not reaped even then */
	/* Killed after the kernel's error, not reaped within RACE_ERROR_KILL_MS. */
	unsigned long left;
	int first_status;		/* wait status of the first failure */
};

/*
 * For @seconds (or until race_driver_stopped()), fork children that run
 * @child(@arg) and exit with its return value, keeping at most @max_live
 * (up to RACE_MAX_LIVE) alive. When the driver bounces our own memory,
 * each fork is aligned to a migration in flight. Then wait for the
 * children still alive, each until its deadline (RACE_CHILD_SECONDS,
 * then RACE_KILL_SECONDS after SIGKILL); once the kernel erred, kill
 * them, judge them no further, and count in @st->left those not reaped
 * within RACE_ERROR_KILL_MS.
 */
void race_children_run(struct race_driver *d, int seconds, int max_live,
		       int (*child)(void *arg), void *arg,
		       struct race_children *st);
/* Say how the first failed child of @st failed. */
void race_children_report(const struct race_children *st);

/*
 * main() of a race test: check the RACE_* settings, take the baseline of
 * taint flags and kernel log the tests compare with, exit with KSFT_SKIP
 * and @unsupported()'s reason if it gives one (unless argv asks to list
 * the tests), else return @harness_run(@argc, @argv): test_harness_run(),
 * which is static.
 */
int race_main(int argc, char **argv, const char *(*unsupported)(void),
	      int (*harness_run)(int argc, char **argv));

#endif /* RACE_UTIL_H */
