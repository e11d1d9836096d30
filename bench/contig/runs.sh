#!/bin/bash
# runs.sh: the runs of the closing note (the final protocol): base and series
# interleaved, 3 boots each with a 2-process, 1 MiB-argv exec storm, 2 each
# with 256 KiB, one control each without a storm. KERNELS: a directory with
# base/bzImage and series/bzImage (default: make mmtests' kernels).
# OUT: where the boots go (default build/contig/out). Then summarize.sh OUT/*.
SRC=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$SRC/../.." && pwd)
K=${KERNELS:-$TOP/build/7.3/kernels-mmtests}
O=${OUT:-$TOP/build/contig/out}
for i in 1 2 3; do
	"$SRC/run.sh" "$K/base/bzImage" "$O/storm-base-$i" 2 1024 60 200 5 1 1000
	"$SRC/run.sh" "$K/series/bzImage" "$O/storm-series-$i" 2 1024 60 200 5 1 1000
done
for i in 1 2; do
	"$SRC/run.sh" "$K/series/bzImage" "$O/storm256-series-$i" 2 256 60 200 5 1 1000
	"$SRC/run.sh" "$K/base/bzImage" "$O/storm256-base-$i" 2 256 60 200 5 1 1000
done
"$SRC/run.sh" "$K/base/bzImage" "$O/ctl-base-1" 0 1024 30 200 1 1 1000
"$SRC/run.sh" "$K/series/bzImage" "$O/ctl-series-1" 0 1024 30 200 1 1 1000
