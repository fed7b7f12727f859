#!/usr/bin/env bash
# Compares what the process runners report with reference tools, measured side by side in one run:
# wall time against hyperfine -N, peak RSS against GNU time's %M. Prints figures and ratios and never
# fails on them: a slow or busy machine changes the figures, not the exit status.
#
#   bench/runners.sh [overhead|session|pieces|startup|accuracy|memory|all]
#
# overhead and session alternate the tools in short blocks (BLOCKS blocks of BLOCK_RUNS runs; the order
# rotates) and summarise the blocks' ratios by their median with a 95% interval, so that load that
# drifts during the benchmark moves every tool alike. ROUNDS, RUNS, WARMUP tune accuracy and memory.
#
# Needs a JDK 17, and installs hyperfine and GNU time with apt-get when they are missing (Debian/Ubuntu).
set -euo pipefail
cd "$(dirname "$0")/.."

SECTION=${1:-all}
ROUNDS=${ROUNDS:-3}
RUNS=${RUNS:-200}
WARMUP=${WARMUP:-30}
BLOCKS=${BLOCKS:-100}
BLOCK_RUNS=${BLOCK_RUNS:-5}
OUT=target/bench
mkdir -p "$OUT"

install_tools() {
    if command -v hyperfine >/dev/null && [ -x /usr/bin/time ]; then
        return
    fi
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    echo "installing hyperfine and GNU time ..." >&2
    $sudo apt-get install -y hyperfine time >/dev/null 2>&1 \
        || { $sudo apt-get update >/dev/null && $sudo apt-get install -y hyperfine time >/dev/null; }
}

build() {
    ./mvnw -B -q -Dinvoker.skip test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
    CP="target/classes:target/test-classes:$(cat target/cp.txt)"
    TOUCH="$OUT/touch"
    if command -v gcc >/dev/null; then
        gcc -O0 -o "$TOUCH" bench/touch.c   # -O0: the optimizer may drop a buffer nobody reads
    else
        TOUCH=""
    fi
}

# runner_bench RUNNER RUNS WARMUPS CMD... : one line of key=value figures per command (see RunnerBench)
runner_bench() {
    java -cp "$CP" dev.perfgate.bench.RunnerBench "$@"
}

# field NAME LINE : the value of NAME=value in a RunnerBench line
field() {
    sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"
}

# hyperfine_ms RUNS COMMAND : hyperfine -N's median wall time in ms
hyperfine_ms() {
    hyperfine -N --style none --warmup "$WARMUP" --runs "$1" --export-json "$OUT/hyperfine.json" -- "$2" >/dev/null 2>&1
    grep -o '"median": *[0-9.eE+-]*' "$OUT/hyperfine.json" | head -1 | sed 's/.*: *//' | awk '{printf "%.3f", $1 * 1000}'
}

# gnu_time_kib RUNS CMD... : median of GNU time's %M (KiB) over RUNS runs
gnu_time_kib() {
    local runs=$1
    shift
    for _ in $(seq "$runs"); do
        /usr/bin/time -f %M -o "$OUT/time.txt" "$@" >/dev/null 2>&1
        tail -1 "$OUT/time.txt"
    done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b + 0 > 0) printf "%.2f", a / b; else printf "-" }'
}

overhead_bench() {
    java -cp "$CP" dev.perfgate.bench.OverheadBench "$@"
}

overhead() {
    echo "== Overhead: median wall time of /bin/true (ms) per block of $BLOCK_RUNS runs, $BLOCKS blocks alternating the tools"
    overhead_bench overhead "$BLOCKS" "$BLOCK_RUNS" "$WARMUP" /bin/true
    echo
    local runs=$BLOCK_RUNS blocks=$(((BLOCKS + 2) / 3))
    echo "== Overhead: median wall time of sleep 0.05 (ms) per block of $runs runs, $blocks blocks alternating the tools"
    overhead_bench overhead "$blocks" "$runs" 3 sleep 0.05
    echo
}

pieces() {
    echo "== Pieces of a posix run, each alone in a warm JVM"
    java -cp "$CP" dev.perfgate.process.posix.RunnerPiecesBench
    if command -v gcc >/dev/null; then
        gcc -O2 -o "$OUT/bare-spawn" bench/bare-spawn.c
        printf '%-56s %9s  %s\n' "/bin/true, bare posix_spawn + waitpid from a C process" \
            "$("$OUT/bare-spawn" 2000 /bin/true)" "no JVM: the floor"
    fi
    echo
}

startup() {
    echo "== The plugin's start-up steps, cold, in a fresh JVM (3 JVMs)"
    for _ in 1 2 3; do
        java -cp "$CP" dev.perfgate.bench.StartupCostBench
        echo
    done
}

session() {
    local blocks=$(((BLOCKS + 9) / 10))
    echo "== Session: $blocks blocks per command alternating the tools, each a session of runs timed whole"
    echo "-- sleep 0.05 (10 runs a block)"
    overhead_bench session "$blocks" 10 sleep 0.05
    echo "-- sleep 0.001, about 2 ms (30 runs a block)"
    overhead_bench session "$blocks" 30 sleep 0.001
    echo
}

accuracy() {
    local runs=$((RUNS / 5 > 20 ? RUNS / 5 : 20))
    local loop='i=0; while [ $i -lt 55000 ]; do i=$((i+1)); done'
    echo "== Accuracy: median wall time (ms), $runs runs per tool, $ROUNDS interleaved rounds"
    printf '%-28s %-6s %10s %10s %8s %10s %8s %10s\n' command round hyperfine posix ratio jdk ratio posix_cpu
    for round in $(seq "$ROUNDS"); do
        local line hf posix jdk
        hf=$(hyperfine_ms "$runs" "sleep 0.05")
        line=$(runner_bench posix "$runs" 3 sleep 0.05)
        posix=$(field wall_ms_median "$line")
        jdk=$(field wall_ms_median "$(runner_bench jdk "$runs" 3 sleep 0.05)")
        printf '%-28s %-6s %10s %10s %8s %10s %8s %10s\n' "sleep 0.05" "$round" "$hf" "$posix" "$(ratio "$posix" "$hf")" \
            "$jdk" "$(ratio "$jdk" "$hf")" "$(field cpu_ms_median "$line")"
        hf=$(hyperfine_ms "$runs" "sh -c '$loop'")
        line=$(runner_bench posix "$runs" 3 sh -c "$loop")
        posix=$(field wall_ms_median "$line")
        jdk=$(field wall_ms_median "$(runner_bench jdk "$runs" 3 sh -c "$loop")")
        printf '%-28s %-6s %10s %10s %8s %10s %8s %10s\n' "sh busy loop (~50 ms)" "$round" "$hf" "$posix" "$(ratio "$posix" "$hf")" \
            "$jdk" "$(ratio "$jdk" "$hf")" "$(field cpu_ms_median "$line")"
    done
    echo
}

memory_row() { # label, command...
    local label=$1
    shift
    local reference line
    reference=$(gnu_time_kib 5 "$@")
    line=$(runner_bench posix 5 1 "$@")
    printf '%-34s %10s %10s %8s  %-22s %10s\n' "$label" "$reference" "$(field peak_kib_median "$line")" \
        "$(ratio "$(field peak_kib_median "$line")" "$reference")" "$(field peak_sources "$line")" "$(field jvm_peak_kib "$line")"
}

memory() {
    echo "== Memory: median peak RSS (KiB) over 5 runs, posix runner vs GNU time %M"
    if [ -z "$TOUCH" ]; then
        echo "(no gcc: the touch program is not available; using dd, which holds its buffer only briefly)"
    fi
    printf '%-34s %10s %10s %8s  %-22s %10s\n' command "time %M" posix ratio source bench_jvm_peak
    for mib in 5 60 250; do
        if [ -n "$TOUCH" ]; then
            memory_row "touch $mib MiB, exit at once" "$TOUCH" "$mib"
            memory_row "touch $mib MiB, hold 100 ms" "$TOUCH" "$mib" 100
        else
            memory_row "dd bs=${mib}M count=1" dd if=/dev/zero of=/dev/null bs="${mib}M" count=1
        fi
    done
    memory_row "/bin/true" /bin/true
    echo
    echo "== Memory: alternating a 300 MiB and a 5 MiB command, 5 runs each (each run must report its own)"
    local big=(dd if=/dev/zero of=/dev/null bs=300M count=1) small=(dd if=/dev/zero of=/dev/null bs=5M count=1)
    if [ -n "$TOUCH" ]; then
        big=("$TOUCH" 300)
        small=("$TOUCH" 5 100)
    fi
    echo "GNU time %M: big $(gnu_time_kib 5 "${big[@]}"), small $(gnu_time_kib 5 "${small[@]}")"
    runner_bench posix 5 0 "${big[@]}" ::: "${small[@]}" | while read -r line; do
        printf 'posix: peak_kib min %s median %s max %s  source %s  (%s)\n' "$(field peak_kib_min "$line")" \
            "$(field peak_kib_median "$line")" "$(field peak_kib_max "$line")" "$(field peak_sources "$line")" \
            "${line##*command=}"
    done
    echo
}

install_tools
build
echo "host: $(nproc) CPUs, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
case "$SECTION" in
    overhead) overhead ;;
    session) session ;;
    pieces) pieces ;;
    startup) startup ;;
    accuracy) accuracy ;;
    memory) memory ;;
    all) overhead && session && pieces && startup && accuracy && memory ;;
    *) echo "usage: $0 [overhead|session|pieces|startup|accuracy|memory|all]" >&2 && exit 2 ;;
esac
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
