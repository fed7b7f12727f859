#!/usr/bin/env bash
# A/A false-FAIL rates, power and order effect of the gate as PairedRunUseCase applies it to a fake
# lognormal runner, beside the Rust original's rule on the same pairs. ~2.5 min on 2 cores.
# Usage: bench/gate-simulation.sh [runsPerCell] [seed]   (defaults 4000 42). Never fails on the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Dinvoker.skip test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
exec java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dev.perfgate.bench.GateSimulation "$@"
