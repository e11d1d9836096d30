// SPDX-License-Identifier: GPL-2.0
/*
 * compare - the make bench table, in the spirit of mmtests' compare-kernels:
 * per metric, each kernel's mean and standard deviation over the rounds,
 * the difference in % of the base, its 95% confidence interval, and a '*'
 * where the difference is significant (Welch's two-sided t-test, p < 0.05).
 *
 * Why Welch's t-test: every value is one boot's figure, itself a mean over
 * thousands of operations, so values are close to normal (central limit);
 * boots are independent and run interleaved (A B A B ...), so slow drift
 * hits both kernels alike; Welch does not assume equal variances.
 *
 * The interval of the % difference divides by the base mean as if it were
 * exact, and no correction is made for testing a dozen metrics at once (at
 * p < 0.05, about one false '*' in twenty metrics): read a lone '*' near
 * p = 0.05 with that in mind.
 *
 * Input (stdin): lines "ROUND KERNEL METRIC VALUE UNIT higher|lower|info";
 * the first kernel named is the base; "info" figures get no test. Output:
 * a Markdown table.
 *
 * Then a second table for the metrics whose name ends in "-median" (one
 * boot's median of thousands of single operations, under icount an exact
 * instruction count when the path is the same every time): per metric the
 * mean over boots of each kernel's medians, the difference in ns
 * (instructions) and %, the spread over boots (max - min, and in % of the
 * mean), and from its siblings NAME-p25, NAME-min, NAME-samples and
 * NAME-faults (rmap_bench ops) their means, base / series; the siblings are
 * left out of the first table. A '*' marks a difference with the two
 * kernels' ranges over boots disjoint ("*worse*" if it is a loss); no
 * t-test there: an exact figure has no variance to test with.
 */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXM	256
#define MAXR	256

struct metric {
	char name[64], unit[32], better[8];
	double v[2][MAXR];
	int n[2];
};

static struct metric m[MAXM];
static int nm;
static char kname[2][64];

/* Regularized incomplete beta I_x(a, b) (continued fraction, Lentz). */
static double betacf(double a, double b, double x)
{
	double c = 1, d = 1 - (a + b) * x / (a + 1), h, del, aa;
	int i, i2;

	if (fabs(d) < 1e-300)
		d = 1e-300;
	d = 1 / d;
	h = d;
	for (i = 1; i <= 300; i++) {
		i2 = 2 * i;
		aa = i * (b - i) * x / ((a + i2 - 1) * (a + i2));
		d = 1 + aa * d;
		d = fabs(d) < 1e-300 ? 1e-300 : d;
		c = 1 + aa / c;
		c = fabs(c) < 1e-300 ? 1e-300 : c;
		d = 1 / d;
		h *= d * c;
		aa = -(a + i) * (a + b + i) * x / ((a + i2) * (a + i2 + 1));
		d = 1 + aa * d;
		d = fabs(d) < 1e-300 ? 1e-300 : d;
		c = 1 + aa / c;
		c = fabs(c) < 1e-300 ? 1e-300 : c;
		d = 1 / d;
		del = d * c;
		h *= del;
		if (fabs(del - 1) < 1e-12)
			break;
	}
	return h;
}

static double ibeta(double a, double b, double x)
{
	double bt;

	if (x <= 0)
		return 0;
	if (x >= 1)
		return 1;
	bt = exp(lgamma(a + b) - lgamma(a) - lgamma(b) +
		 a * log(x) + b * log(1 - x));
	if (x < (a + 1) / (a + b + 2))
		return bt * betacf(a, b, x) / a;
	return 1 - bt * betacf(b, a, 1 - x) / b;
}

/* Two-sided p-value of Student's t with @df degrees of freedom. */
static double t_p2(double t, double df)
{
	return ibeta(df / 2, 0.5, df / (df + t * t));
}

/* The t with two-sided p = @p (bisection). */
static double t_quantile(double p, double df)
{
	double lo = 0, hi = 1000, mid;
	int i;

	for (i = 0; i < 200; i++) {
		mid = (lo + hi) / 2;
		if (t_p2(mid, df) > p)
			lo = mid;
		else
			hi = mid;
	}
	return (lo + hi) / 2;
}

static void stats(const double *v, int n, double *mean, double *sd)
{
	double s = 0, ss = 0;
	int i;

	for (i = 0; i < n; i++)
		s += v[i];
	*mean = n ? s / n : 0;
	for (i = 0; i < n; i++)
		ss += (v[i] - *mean) * (v[i] - *mean);
	*sd = n > 1 ? sqrt(ss / (n - 1)) : 0;
}

static int kernel_index(const char *k)
{
	int i;

	for (i = 0; i < 2; i++) {
		if (!kname[i][0])
			snprintf(kname[i], sizeof(kname[i]), "%s", k);
		if (!strcmp(kname[i], k))
			return i;
	}
	return -1;
}

static struct metric *metric(const char *name, const char *unit,
			     const char *better)
{
	int i;

	for (i = 0; i < nm; i++)
		if (!strcmp(m[i].name, name))
			return &m[i];
	if (nm == MAXM)
		return NULL;
	snprintf(m[nm].name, sizeof(m[nm].name), "%s", name);
	snprintf(m[nm].unit, sizeof(m[nm].unit), "%s", unit);
	snprintf(m[nm].better, sizeof(m[nm].better), "%s", better);
	return &m[nm++];
}

static bool ends_with(const char *s, const char *sfx)
{
	size_t n = strlen(s), k = strlen(sfx);

	return n >= k && !strcmp(s + n - k, sfx);
}

static struct metric *find(const char *name)
{
	int i;

	for (i = 0; i < nm; i++)
		if (!strcmp(m[i].name, name))
			return &m[i];
	return NULL;
}

static const char *const siblings[] = { "-p25", "-min", "-samples", "-faults" };

#define NSIB	(sizeof(siblings) / sizeof(siblings[0]))

/* NAME-median, or a sibling of one that is there: the second table's. */
static bool in_median_table(const struct metric *x)
{
	char name[80];
	size_t i, n, k;

	if (ends_with(x->name, "-median"))
		return true;
	for (i = 0; i < NSIB; i++) {
		if (!ends_with(x->name, siblings[i]))
			continue;
		n = strlen(x->name);
		k = strlen(siblings[i]);
		snprintf(name, sizeof(name), "%.*s-median", (int)(n - k), x->name);
		if (find(name))
			return true;
	}
	return false;
}

static void range(const double *v, int n, double *lo, double *hi)
{
	int i;

	*lo = *hi = n ? v[0] : 0;
	for (i = 1; i < n; i++) {
		*lo = v[i] < *lo ? v[i] : *lo;
		*hi = v[i] > *hi ? v[i] : *hi;
	}
}

/* "base / series" means of sibling @sfx of @med, in @fmt, or nothing. */
static const char *sibling(const struct metric *med, const char *sfx,
			   const char *fmt, char *buf, size_t size)
{
	char name[80], a[32], b[32];
	size_t n = strlen(med->name) - strlen("-median");
	struct metric *x;
	double ma, mb, sd;

	snprintf(name, sizeof(name), "%.*s%s", (int)n, med->name, sfx);
	x = find(name);
	buf[0] = '\0';
	if (!x)
		return buf;
	stats(x->v[0], x->n[0], &ma, &sd);
	stats(x->v[1], x->n[1], &mb, &sd);
	snprintf(a, sizeof(a), fmt, ma);
	snprintf(b, sizeof(b), fmt, mb);
	snprintf(buf, size, "%s / %s", x->n[0] ? a : "-", x->n[1] ? b : "-");
	return buf;
}

static void spread(const double *v, int n, double mean, char *buf, size_t size)
{
	double lo, hi;

	range(v, n, &lo, &hi);
	if (mean)
		snprintf(buf, size, "%.0f (%.3f%%)", hi - lo, 100 * (hi - lo) / mean);
	else
		snprintf(buf, size, "%.0f", hi - lo);
}

static void median_table(void)
{
	char p25[80], mn[80], ns[80], fl[80], sa[48], sb[48];
	static char unres[4096];
	size_t un = 0;
	int i, k, rows = 0;

	for (i = 0; i < nm; i++) {
		struct metric *x = &m[i];
		double ma, mb, sd, d, la, ha, lb, hb;
		bool worse, disjoint;

		if (!ends_with(x->name, "-median"))
			continue;
		if (!rows++) {
			printf("\nPer-operation medians: each boot's median of single operations (ns; instructions under icount), mean over the boots; spread: max - min over the boots; * the two kernels' ranges do not overlap.\n\n");
			printf("| metric | unit | %s | %s | diff | diff %% | %s spread | %s spread | p25 | min | samples | faults/op | n |\n",
			       kname[0], kname[1], kname[0], kname[1]);
			printf("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		}
		stats(x->v[0], x->n[0], &ma, &sd);
		stats(x->v[1], x->n[1], &mb, &sd);
		spread(x->v[0], x->n[0], ma, sa, sizeof(sa));
		spread(x->v[1], x->n[1], mb, sb, sizeof(sb));
		/* Resolved: each kernel's spread within 0.1% of its median. */
		for (k = 0; k < 2; k++) {
			double lo, hi, mean = k ? mb : ma;

			if (x->n[k] < 2 || !mean)
				continue;
			range(x->v[k], x->n[k], &lo, &hi);
			if (100 * (hi - lo) / mean > 0.1 && un < sizeof(unres))
				un += snprintf(unres + un, sizeof(unres) - un, "%s%s (%s %.3f%%)",
					       un ? ", " : "", x->name, kname[k],
					       100 * (hi - lo) / mean);
		}
		sibling(x, "-p25", "%.0f", p25, sizeof(p25));
		sibling(x, "-min", "%.0f", mn, sizeof(mn));
		sibling(x, "-samples", "%.0f", ns, sizeof(ns));
		sibling(x, "-faults", "%.2f", fl, sizeof(fl));
		if (!x->n[0] || !x->n[1]) {
			printf("| %s | %s | %.1f | %.1f | | | %s | %s | %s | %s | %s | %s | %d/%d |\n",
			       x->name, x->unit, ma, mb, sa, sb, p25, mn, ns, fl,
			       x->n[0], x->n[1]);
			continue;
		}
		d = mb - ma;
		range(x->v[0], x->n[0], &la, &ha);
		range(x->v[1], x->n[1], &lb, &hb);
		disjoint = lb > ha || hb < la;
		worse = strcmp(x->better, "higher") ? d > 0 : d < 0;
		printf("| %s | %s | %.1f | %.1f | %+.1f%s | ",
		       x->name, x->unit, ma, mb, d,
		       disjoint ? (worse ? " *worse*" : " *") : "");
		if (ma)
			printf("%+.3f", 100 * d / ma);
		printf(" | %s | %s | %s | %s | %s | %s | %d/%d |\n",
		       sa, sb, p25, mn, ns, fl, x->n[0], x->n[1]);
	}
	if (!rows)
		return;
	if (un)
		printf("\nNot resolved to 0.1%% (a kernel's spread over the boots above 0.1%% of its median): %s. README.md (Benchmarks) says why.\n",
		       unres);
	else
		printf("\nEvery median resolved to 0.1%% (each kernel's spread over the boots within 0.1%% of its median).\n");
}

int main(void)
{
	char line[512], k[64], name[64], unit[32], better[8];
	double val;
	int round, i, lines = 0;

	while (fgets(line, sizeof(line), stdin)) {
		struct metric *x;
		int ki;

		if (sscanf(line, "%d %63s %63s %lf %31s %7s", &round, k, name,
			   &val, unit, better) != 6)
			continue;
		ki = kernel_index(k);
		x = metric(name, unit, better);
		if (ki < 0 || !x || x->n[ki] == MAXR) {
			fprintf(stderr, "compare: too many kernels or values: %s", line);
			return 2;
		}
		x->v[ki][x->n[ki]++] = val;
		lines++;
	}
	if (!lines || !kname[1][0]) {
		fprintf(stderr, "compare: need values of two kernels\n");
		return 2;
	}
	printf("| metric | unit | %s mean (sd) | %s mean (sd) | diff %% | 95%% CI %% | p | n |\n",
	       kname[0], kname[1]);
	printf("|---|---|---|---|---|---|---|---|\n");
	for (i = 0; i < nm; i++) {
		struct metric *x = &m[i];
		double ma, sa, mb, sb, se2, t, df, p, d, h;
		bool worse;

		if (in_median_table(x))
			continue;
		stats(x->v[0], x->n[0], &ma, &sa);
		stats(x->v[1], x->n[1], &mb, &sb);
		if (!strcmp(x->better, "info") && ma != 0) {
			/* Context, not a cost: no test. */
			printf("| %s | %s (information) | %.5g (%.2g) | %.5g (%.2g) | %+.2f | | | %d/%d |\n",
			       x->name, x->unit, ma, sa, mb, sb,
			       100 * (mb - ma) / ma, x->n[0], x->n[1]);
			continue;
		}
		if (x->n[0] < 2 || x->n[1] < 2 || ma == 0) {
			printf("| %s | %s | %.4g | %.4g | | | | %d/%d |\n",
			       x->name, x->unit, ma, mb, x->n[0], x->n[1]);
			continue;
		}
		se2 = sa * sa / x->n[0] + sb * sb / x->n[1];
		d = mb - ma;
		if (se2 > 0) {
			t = d / sqrt(se2);
			df = se2 * se2 /
			     (pow(sa * sa / x->n[0], 2) / (x->n[0] - 1) +
			      pow(sb * sb / x->n[1], 2) / (x->n[1] - 1));
			p = t_p2(fabs(t), df);
			h = t_quantile(0.05, df) * sqrt(se2);
		} else {
			p = d == 0 ? 1 : 0;
			h = 0;
		}
		worse = strcmp(x->better, "higher") ? d > 0 : d < 0;
		printf("| %s | %s (%s better) | %.5g (%.2g) | %.5g (%.2g) | %+.2f%s | %+.2f .. %+.2f | %.3f | %d/%d |\n",
		       x->name, x->unit, x->better, ma, sa, mb, sb,
		       100 * d / ma, p < 0.05 ? (worse ? " *worse*" : " *") : "",
		       100 * (d - h) / ma, 100 * (d + h) / ma, p,
		       x->n[0], x->n[1]);
	}
	median_table();
	return 0;
}
