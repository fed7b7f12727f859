#!/usr/bin/env bash
# The gate by simulation, seeded, never failing on the figures. Two suites:
#  single: A/A false-FAIL rates, pairs to a decision, power at a 20-pair budget, the spending functions and the
#          order effect of the gate as PairedRunUseCase applies it to a fake lognormal runner (sequential defaults
#          beside the pre-release fixed design and the Rust original's rule on the same pairs); defaults 4000 runs, seed 42.
#  family: many gated metrics in one execution (a JMH suite): A/A false FAIL for 1, 5, 20 and 100 gated metrics,
#          power for one 20% regression among 20 unchanged, pairs to a decision, family-wise (Holm per look)
#          beside per-metric testing; defaults 2000 runs, seed 42.
# Usage: bench/gate-simulation.sh [single|family|all] [runsPerCell] [seed]   (default all, each with its defaults;
#        a number as the first argument means single, as before).
set -euo pipefail
cd "$(dirname "$0")/.."
suite=all
case "${1:-}" in
  single|family|all) suite=$1; shift ;;
esac
./mvnw -q -Dinvoker.skip test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
if [ "$suite" = single ] || [ "$suite" = all ]; then
  java -cp "$cp" dev.perfgate.bench.GateSimulation "$@"
fi
if [ "$suite" = family ] || [ "$suite" = all ]; then
  java -cp "$cp" dev.perfgate.bench.FamilySimulation "$@"
fi
