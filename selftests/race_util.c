// SPDX-License-Identifier: GPL-2.0
/*
 * race_util.c - migration driver, patterns and environment helpers for
 * the rmap/migration race tests.
 */
#include <errno.h>
#include <fcntl.h>
#include <numa.h>
#include <numaif.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "race_util.h"

#define PM_SWAP		(1ULL << 62)

/* Line-buffered stdout, so TAP and markers interleave in order. */
__attribute__((constructor)) static void race_stdout_lines(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
}

long race_env(const char *name, long def)
{
	const char *s = getenv(name);
	char *end;
	long v;

	if (!s || !*s)
		return def;
	v = strtol(s, &end, 0);
	return *end ? def : v;
}

int race_seconds(int def)
{
	long s = race_env("RACE_SECONDS", def);

	return s > 0 ? (int)s : def;
}

double race_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

long vmstat_read(const char *name)
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

bool race_two_nodes(void)
{
	long long free0, free1;

	if (numa_available() < 0 || numa_max_node() < 1)
		return false;
	return numa_node_size64(0, &free0) > 0 && numa_node_size64(1, &free1) > 0;
}

bool race_wait_child(pid_t pid, int *status, int seconds)
{
	double end = race_now() + seconds;
	pid_t ret;

	while ((ret = waitpid(pid, status, WNOHANG)) == 0 && race_now() < end)
		usleep(10000);
	if (ret == pid)
		return true;
	kill(pid, SIGKILL);
	waitpid(pid, status, 0);
	return false;
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

int race_read_file(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "r");
	int ret = 0;

	if (!f)
		return -errno;
	if (!fgets(buf, size, f))
		ret = -EIO;
	fclose(f);
	buf[strcspn(buf, "\n")] = '\0';
	return ret;
}

/* Keep compaction running: every pass migrates movable pages. */
static void *compact_loop(void *arg)
{
	struct race_driver *d = arg;
	char path[96];

	if (d->compact_node < 0)
		snprintf(path, sizeof(path), "/proc/sys/vm/compact_memory");
	else
		snprintf(path, sizeof(path),
			 "/sys/devices/system/node/node%d/compact", d->compact_node);
	while (!d->stop) {
		if (race_write_file(path, "1"))
			break;
		d->compactions++;
	}
	return NULL;
}

/* Move the target range to the other node, a chunk at a time, forever. */
static void *bounce_loop(void *arg)
{
	struct race_driver *d = arg;
	size_t chunk = race_env("RACE_BOUNCE_PAGES", 512);
	size_t npages = d->len / PAGE_SIZE;
	void **pages = calloc(chunk, sizeof(*pages));
	int *nodes = calloc(chunk, sizeof(*nodes));
	int *status = calloc(chunk, sizeof(*status));
	int target = 1;
	size_t off, i, n;

	if (!pages || !nodes || !status)
		return NULL;
	while (!d->stop) {
		for (off = 0; off < npages && !d->stop; off += n) {
			n = npages - off < chunk ? npages - off : chunk;
			for (i = 0; i < n; i++) {
				pages[i] = d->addr + (off + i) * PAGE_SIZE;
				nodes[i] = target;
			}
			d->chunk_len = n * PAGE_SIZE;
			d->chunk = d->addr + off * PAGE_SIZE;
			if (move_pages(d->pid, n, pages, nodes, status, MPOL_MF_MOVE_ALL) == 0)
				for (i = 0; i < n; i++)
					d->pages_moved += status[i] == target;
			d->chunk = NULL;
		}
		d->bounces++;
		target = !target;
	}
	free(pages);
	free(nodes);
	free(status);
	return NULL;
}

int race_driver_start(struct race_driver *d, int compact_node, pid_t pid,
		      void *addr, size_t len)
{
	int err;

	memset(d, 0, sizeof(*d));
	d->compact_node = compact_node;
	d->pid = pid;
	d->addr = addr;
	d->len = len;
	if (compact_node != RACE_NO_COMPACT) {
		err = pthread_create(&d->compact_thread, NULL, compact_loop, d);
		if (err)
			return -err;
		d->compacting = true;
	}
	if (len) {
		err = pthread_create(&d->bounce_thread, NULL, bounce_loop, d);
		if (err) {
			race_driver_stop(d);
			return -err;
		}
		d->bouncing = true;
	}
	return 0;
}

void race_driver_stop(struct race_driver *d)
{
	d->stop = 1;
	if (d->compacting)
		pthread_join(d->compact_thread, NULL);
	if (d->bouncing)
		pthread_join(d->bounce_thread, NULL);
	d->compacting = false;
	d->bouncing = false;
}

bool race_driver_align(struct race_driver *d, int timeout_ms)
{
	static int fd = -1;
	double end = race_now() + timeout_ms / 1000.0;
	uint64_t ent[64];
	size_t i, n;
	char *chunk;

	if (fd < 0)
		fd = open("/proc/self/pagemap", O_RDONLY);
	if (fd < 0 || !d->bouncing)
		return false;
	while (race_now() < end) {
		chunk = d->chunk;
		if (!chunk) {
			sched_yield();
			continue;
		}
		/* Sample 64 pages spread over the chunk. */
		n = d->chunk_len / PAGE_SIZE;
		for (i = 0; i < 64 && i < n; i++) {
			off_t pos = ((uintptr_t)chunk / PAGE_SIZE + i * n / 64) * 8;

			if (pread(fd, &ent[i], 8, pos) != 8)
				return false;
			if (ent[i] & PM_SWAP)
				return true;
		}
	}
	return false;
}

static inline uint64_t pattern_word(uint64_t seed, size_t page, size_t w)
{
	uint64_t x = seed * 0x9e3779b97f4a7c15ULL + page * 0xbf58476d1ce4e5b9ULL;

	/* Two words per page alternate: not same-filled, still compressible. */
	return (w & 1) ? ~x : x;
}

bool pattern_page_ok(const void *page, size_t i, uint64_t seed)
{
	const uint64_t *p = page;
	size_t w;

	for (w = 0; w < PAGE_SIZE / 8; w++)
		if (p[w] != pattern_word(seed, i, w))
			return false;
	return true;
}

void pattern_fill_page(void *page, size_t i, uint64_t seed)
{
	uint64_t *p = page;
	size_t w;

	for (w = 0; w < PAGE_SIZE / 8; w++)
		p[w] = pattern_word(seed, i, w);
}

void pattern_fill(void *buf, size_t len, uint64_t seed)
{
	size_t i;

	for (i = 0; i < len / PAGE_SIZE; i++)
		pattern_fill_page((char *)buf + i * PAGE_SIZE, i, seed);
}

size_t pattern_check(const void *buf, size_t len, uint64_t seed)
{
	size_t i, bad = 0;

	for (i = 0; i < len / PAGE_SIZE; i++)
		bad += !pattern_page_ok((const char *)buf + i * PAGE_SIZE, i, seed);
	return bad;
}

static void reap(struct race_children *st, int *live, int flags)
{
	int status;

	while (*live && waitpid(-1, &status, flags) > 0) {
		(*live)--;
		if (!WIFEXITED(status) || WEXITSTATUS(status)) {
			if (!st->failed++)
				st->first_status = status;
		}
		flags = WNOHANG;
	}
}

void race_children_run(struct race_driver *d, int seconds, int max_live,
		       int (*child)(void *arg), void *arg,
		       struct race_children *st)
{
	double end = race_now() + seconds;
	int live = 0;
	pid_t pid;

	memset(st, 0, sizeof(*st));
	while (race_now() < end) {
		if (live >= max_live)
			reap(st, &live, 0);
		/* Fork while a chunk of our memory is being migrated. */
		if (d->bouncing && !d->pid)
			st->aligned += race_driver_align(d, 200);
		pid = fork();
		if (pid == 0)
			_exit(child(arg));
		if (pid < 0) {
			reap(st, &live, 0);
			continue;
		}
		st->forked++;
		live++;
		reap(st, &live, WNOHANG);
	}
	while (live)
		reap(st, &live, 0);
}
