#!/usr/bin/env bash
# The merged verdict (perfgate:merge's stratified analysis) on simulated shards: A/A false-FAIL rates when
# machines differ in noise and speed, power of the merge against each machine alone, and the gain of 2, 4 and 8
# equal shards over one machine in the same wall-clock time.
# Usage: bench/merge-simulation.sh [runsPerCell] [seed]   (defaults 4000 42). Never fails on the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Dinvoker.skip test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
exec java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dev.perfgate.bench.MergeSimulation "$@"
