/* SPDX-License-Identifier: GPL-2.0 */
/*
 * race_util.h - what the rmap/migration race tests share.
 *
 * The tests keep migration running all the time (the "driver": a thread
 * writing compact_memory in a loop, and a thread bouncing a target range
 * between nodes 0 and 1 with move_pages(2)) while they change the address
 * space, and check every page's contents afterwards.
 */
#ifndef RACE_UTIL_H
#define RACE_UTIL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifndef PAGE_SIZE
#define PAGE_SIZE 4096UL
#endif

/* Seconds a race runs: $RACE_SECONDS, else @def. */
int race_seconds(int def);
/*
 * Wait for child @pid at most @seconds: true and its status in @status,
 * or false after killing and reaping it (never blocks for longer).
 */
bool race_wait_child(pid_t pid, int *status, int seconds);
/* An integer from the environment, else @def. */
long race_env(const char *name, long def);
/* Monotonic seconds. */
double race_now(void);
/* A /proc/vmstat counter, or -1 if the kernel has no such line. */
long vmstat_read(const char *name);
/* True if nodes 0 and 1 both exist and have memory. */
bool race_two_nodes(void);
/* Write @val to @path; 0 or -errno. */
int race_write_file(const char *path, const char *val);
/* Read the first line of @path into @buf (no newline); 0 or -errno. */
int race_read_file(const char *path, char *buf, size_t size);

#define RACE_NO_COMPACT	(-2)

struct race_driver {
	pthread_t compact_thread, bounce_thread;
	bool compacting, bouncing;
	volatile int stop;
	int compact_node;		/* -1: all nodes, RACE_NO_COMPACT: none */
	pid_t pid;			/* bounce target: 0 = ourselves */
	char *addr;			/* range bounced between nodes */
	size_t len;
	/* Chunk being moved now (for race_driver_align()). */
	char *volatile chunk;
	volatile size_t chunk_len;
	/* Filled by the threads. */
	volatile unsigned long compactions, bounces, pages_moved;
};

/*
 * Start the compaction loop (on @compact_node, all nodes if -1, none if
 * RACE_NO_COMPACT) and,
 * if @len, a thread moving [@addr, @addr + @len) of @pid (0: ourselves)
 * to the other node, RACE_BOUNCE_PAGES pages at a time.
 * Returns 0 or -errno.
 */
int race_driver_start(struct race_driver *d, int compact_node, pid_t pid,
		      void *addr, size_t len);
void race_driver_stop(struct race_driver *d);
/*
 * Wait (up to @timeout_ms) until a page of the chunk the bouncer is
 * moving shows a migration entry in /proc/self/pagemap, so the caller's
 * next step lands inside a migration rather than between two. Returns
 * true if it saw one.
 */
bool race_driver_align(struct race_driver *d, int timeout_ms);

/* Per-page patterns: every 8-byte word of page @i depends on @seed, @i. */
void pattern_fill(void *buf, size_t len, uint64_t seed);
/* Fill one page as page @i of pattern_fill(@seed). */
void pattern_fill_page(void *page, size_t i, uint64_t seed);
/* Number of pages of @buf whose contents differ from pattern_fill(). */
size_t pattern_check(const void *buf, size_t len, uint64_t seed);
/* Check page @i only. */
bool pattern_page_ok(const void *page, size_t i, uint64_t seed);

/* Children forked by race_children_run(). */
struct race_children {
	unsigned long forked, failed, aligned;
	int first_status;		/* wait status of the first failure */
};

/*
 * For @seconds, fork children that run @child(@arg) and exit with its
 * return value, keeping at most @max_live alive. When the driver bounces
 * our own memory, each fork is aligned to a migration in flight.
 */
void race_children_run(struct race_driver *d, int seconds, int max_live,
		       int (*child)(void *arg), void *arg,
		       struct race_children *st);

#endif /* RACE_UTIL_H */
