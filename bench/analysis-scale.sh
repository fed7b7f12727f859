#!/usr/bin/env bash
# Time and memory of the robust paired analysis at 1,000 / 10,000 / 100,000 pairs.
# Prints a table; never fails on the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Dinvoker.skip test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dev.perfgate.bench.AnalysisScaleBench "$@"
