# The verbs. See README.md. TREE= names the kernel tree (trees.conf):
# 7.3 (mainline, the default: the series applies) or 6.12 (LTS: the suite
# runs on the unpatched tree, with the mutants of mutants/6.12/).
#   make run               series kernel + race suite under QEMU, verdict
#                          (TREE=6.12: the unpatched tree)
#   make base              the same on the unpatched base
#   make test              the project's own tests (.ci/run)
#   make mutant M=NAME     build a mutant and run its test once (RUNS=n)
#   make mutants [N=10]    every mutant N times, detection table
#   make soak [SECONDS=600] all races at once on the series kernel
#   make soak-kasan RUNS=20 the suite RUNS times on a KASAN series kernel
#   make bench [ROUNDS=5]  base vs series benchmarks, interleaved, table + plot
#   make mmtests           the tree's own mm selftests, base vs series (the
#                          regression gate; MMTESTS=CAT,CAT for some only)
#   make kselftest         the suite as KernelCI/LKFT run it: installed,
#                          run_kselftest.sh -t mm:ksft_rmap_race.sh in a guest
#   make mbox              the series as mails in build/mbox/ (cover letter,
#                          From/Signed-off-by from your git identity)
#   make clean             remove build/ (the unpacked tree too)

S := scripts
N ?= 10
RUNS ?= 1
SECONDS ?= 600
ROUNDS ?= 5

run:
	$(S)/run.sh series

base:
	$(S)/run.sh base

test:
	$(S)/test.sh

mutant:
	$(S)/run-mutant.sh "$(M)" $(RUNS)

mutants:
	$(S)/mutants.sh $(N)

soak:
	RACE_PARALLEL=1 RACE_SECONDS=$(SECONDS) $(S)/run.sh series

soak-kasan:
	$(S)/soak.sh $(RUNS)

bench:
	$(S)/bench.sh $(ROUNDS)

mmtests:
	$(S)/mmtests.sh

kselftest:
	$(S)/kselftest.sh

mbox:
	$(S)/export.sh

.PHONY: mbox

clean:
	rm -rf build

.PHONY: run base test mutant mutants soak soak-kasan bench mmtests kselftest clean
