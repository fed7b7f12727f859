#!/usr/bin/env bash
# pairs: time and memory of the robust paired analysis at 1,000 / 10,000 / 100,000 pairs.
# suite: a JMH suite of 500 benchmarks x 30 pairs analysed and judged family-wise (goal: under 1 s), and reading a
#        500-benchmark JMH result file.
# Usage: bench/analysis-scale.sh [pairs|suite|all]   (default all). Prints tables; never fails on the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
suite=${1:-all}
./mvnw -q -Dinvoker.skip test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
if [ "$suite" = pairs ] || [ "$suite" = all ]; then
  java -Xmx1g -cp "$cp" dev.perfgate.bench.AnalysisScaleBench
fi
if [ "$suite" = suite ] || [ "$suite" = all ]; then
  java -Xmx1g -cp "$cp" dev.perfgate.bench.SuiteScaleBench
fi
