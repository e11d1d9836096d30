/*
 * contig: exec storm on node 1 + repeated 1 GiB hugetlb allocation on node 1.
 * usage: contig NSTORM ARGV_KB ATTEMPTS MAXSECS [SETTLE_S [FILL [GAP_MS]]]
 * Prints "ATT i ok t_ms nr execs" per attempt and a "SUMMARY ..." line.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MPOL_BIND 2
#define NRHP "/sys/devices/system/node/node1/hugepages/hugepages-1048576kB/nr_hugepages"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static const char *keys[] = { "pgmigrate_success", "pgmigrate_fail",
	"compact_migrate_scanned", "compact_free_scanned", "compact_isolated",
	"compact_stall", "compact_fail", "compact_success", "thp_migration_fail",
	"numa_pages_migrated", NULL };
#define NK 10
static void vmstat(long long *v)
{
	char name[128];
	long long x;
	FILE *f = fopen("/proc/vmstat", "r");
	for (int i = 0; i < NK; i++)
		v[i] = -1;
	if (!f)
		return;
	while (fscanf(f, "%127s %lld", name, &x) == 2)
		for (int i = 0; i < NK; i++)
			if (!strcmp(name, keys[i]))
				v[i] = x;
	fclose(f);
}

static int wr(const char *s)
{
	int fd = open(NRHP, O_WRONLY);
	if (fd < 0)
		return -errno;
	int r = write(fd, s, strlen(s));
	int e = r < 0 ? -errno : 0;
	close(fd);
	return e;
}

static int rd(void)
{
	char b[32] = "";
	int fd = open(NRHP, O_RDONLY);
	if (fd < 0)
		return -errno;
	int r = read(fd, b, sizeof(b) - 1);
	close(fd);
	return r > 0 ? atoi(b) : -1;
}

static volatile long *execs, *stop;

static void storm(int argv_kb)
{
	unsigned long mask = 1UL << 1;
	if (syscall(SYS_set_mempolicy, MPOL_BIND, &mask, 64)) {
		perror("set_mempolicy");
		exit(1);
	}
	int n = argv_kb / 4;	/* strings of 4 KiB - 1 + NUL */
	char **av = calloc(n + 2, sizeof(*av));
	av[0] = "/tiny";
	for (int i = 1; i <= n; i++) {
		av[i] = malloc(4096);
		memset(av[i], 'a' + i % 26, 4095);
		av[i][4095] = 0;
	}
	char *env[] = { NULL };
	while (!*stop) {
		pid_t p = fork();
		if (p == 0) {
			execve("/tiny", av, env);
			_exit(127);
		}
		if (p < 0)
			continue;
		int st;
		waitpid(p, &st, 0);
		if (!WIFEXITED(st) || WEXITSTATUS(st)) {
			fprintf(stderr, "storm: child status %x\n", st);
		}
		__atomic_add_fetch(execs, 1, __ATOMIC_RELAXED);
	}
	exit(0);
}

/* free pages of node 1's Movable zone, from /proc/zoneinfo */
static long movable_free(void)
{
	char line[256];
	int in = 0;
	long v = -1;
	FILE *f = fopen("/proc/zoneinfo", "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (!strncmp(line, "Node", 4))
			in = strstr(line, "Node 1,") && strstr(line, "Movable");
		else if (in && sscanf(line, " pages free %ld", &v) == 1)
			break;
	}
	fclose(f);
	return in ? v : -1;
}

/*
 * Filler: with the 1 GiB range taken by a gigantic page, take the free pages
 * left in node 1's Movable zone outside it, so that the storm's pages go into
 * the range once it is freed.  Returns the filler's pid.
 */
static pid_t fill(void)
{
	if (wr("1\n") || rd() != 1) {
		printf("FILL: could not take the 1 GiB page first\n");
		return -1;
	}
	/* lower the watermarks while filling, so that little stays free outside */
	char mfk[32] = "", wsf[32] = "";
	int fd = open("/proc/sys/vm/min_free_kbytes", O_RDWR);
	read(fd, mfk, sizeof(mfk) - 1);
	lseek(fd, 0, SEEK_SET);
	write(fd, "256\n", 4);
	close(fd);
	fd = open("/proc/sys/vm/watermark_scale_factor", O_RDWR);
	read(fd, wsf, sizeof(wsf) - 1);
	lseek(fd, 0, SEEK_SET);
	write(fd, "1\n", 2);
	close(fd);
	long f = movable_free();
	pid_t p = fork();
	if (p == 0) {
		unsigned long mask = 1UL << 1;
		syscall(SYS_set_mempolicy, MPOL_BIND, &mask, 64);
		size_t sz = (size_t)(f > 48 ? f - 48 : 0) * 4096;	/* leave ~48 pages: driving the zone to 0 free left the storm out of the range in 2 boots */
		char *m = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		for (size_t o = 0; o < sz; o += 4096)
			m[o] = 1;
		printf("FILL: touched %ld pages; node1 Movable free now %ld\n", f > 48 ? f - 48 : 0, movable_free());
		kill(getppid(), SIGUSR1);
		for (;;)
			pause();
	}
	sigset_t ss;
	int sig;
	sigemptyset(&ss);
	sigaddset(&ss, SIGUSR1);
	sigwait(&ss, &sig);
	fd = open("/proc/sys/vm/min_free_kbytes", O_WRONLY);
	write(fd, mfk, strlen(mfk));
	close(fd);
	fd = open("/proc/sys/vm/watermark_scale_factor", O_WRONLY);
	write(fd, wsf, strlen(wsf));
	close(fd);
	printf("FILL: restored min_free_kbytes=%s watermark_scale_factor=%s", mfk, wsf);
	wr("0\n");
	printf("FILL: before %ld free outside the range; after freeing the 1 GiB page %ld free\n", f, movable_free());
	return p;
}

static int cmpd(const void *a, const void *b)
{
	double x = *(double *)a, y = *(double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: contig NSTORM ARGV_KB ATTEMPTS MAXSECS [SETTLE_S [FILL [GAP_MS]]]\n");
		return 2;
	}
	int nstorm = atoi(argv[1]), argv_kb = atoi(argv[2]);
	int attempts = atoi(argv[3]), maxs = atoi(argv[4]);
	int settle = argc > 5 ? atoi(argv[5]) : 5;
	int dofill = argc > 6 ? atoi(argv[6]) : 0;
	int gap_ms = argc > 7 ? atoi(argv[7]) : 0;	/* pause between attempts, range free */
	setvbuf(stdout, NULL, _IOLBF, 0);
	sigset_t ss;
	sigemptyset(&ss);
	sigaddset(&ss, SIGUSR1);
	sigprocmask(SIG_BLOCK, &ss, NULL);
	pid_t filler = dofill ? fill() : -1;
	long *sh = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	execs = sh;
	stop = sh + 1;
	pid_t pids[64];
	for (int i = 0; i < nstorm && i < 64; i++) {
		pids[i] = fork();
		if (pids[i] == 0)
			storm(argv_kb);
	}
	sleep(settle);
	long long v0[NK], v1[NK];
	double *ts = calloc(attempts, sizeof(double));
	int ok = 0, n = 0;
	long e0 = *execs;
	double start = now();
	vmstat(v0);
	for (n = 0; n < attempts && now() - start < maxs; n++) {
		if (gap_ms && n)
			usleep(gap_ms * 1000);
		long ea = *execs;
		long long a0[NK], a1[NK];
		vmstat(a0);
		double t0 = now();
		int w = wr("1\n");
		int got = rd();
		int w0 = wr("0\n");
		double t1 = now();
		int after = rd();
		vmstat(a1);
		ts[n] = (t1 - t0) * 1000;
		ok += got == 1;
		printf("ATT %d %d %.1f w=%d got=%d w0=%d after=%d execs=%ld migr_ok=%lld migr_fail=%lld\n", n, got == 1,
		       ts[n], w, got, w0, after, *execs - ea, a1[0] - a0[0], a1[1] - a0[1]);
	}
	double el = now() - start;
	vmstat(v1);
	long e1 = *execs;
	*stop = 1;
	for (int i = 0; i < nstorm && i < 64; i++)
		waitpid(pids[i], NULL, 0);
	if (filler > 0) {
		kill(filler, SIGKILL);
		waitpid(filler, NULL, 0);
	}
	qsort(ts, n, sizeof(double), cmpd);
	printf("SUMMARY gap_ms=%d fill=%d storm=%d argv_kb=%d attempts=%d ok=%d fail=%d med_ms=%.1f max_ms=%.1f secs=%.1f execs=%ld exec_per_s=%.1f",
	       gap_ms, dofill, nstorm, argv_kb, n, ok, n - ok, n ? ts[n / 2] : 0, n ? ts[n - 1] : 0,
	       el, e1 - e0, (e1 - e0) / el);
	for (int i = 0; i < NK; i++)
		printf(" %s=%lld", keys[i], v1[i] - v0[i]);
	printf("\n");
	return 0;
}
