#!/usr/bin/env bash
# A/A false-FAIL rates, pairs to a decision, power at a 20-pair budget, the spending functions and the order
# effect of the gate as PairedRunUseCase applies it to a fake lognormal runner (sequential defaults beside
# the pre-release fixed design and the Rust original's rule on the same pairs).
# Usage: bench/gate-simulation.sh [runsPerCell] [seed]   (defaults 4000 42). Never fails on the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Dinvoker.skip test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
exec java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dev.perfgate.bench.GateSimulation "$@"
