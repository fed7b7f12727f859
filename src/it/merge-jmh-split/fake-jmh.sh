#!/bin/sh
# Plays a JMH run: writes a JMH JSON result file (-rf json -rff FILE) for the benchmarks whose name the INCLUDE
# regex finds, as JMH's own include pattern does. Scores follow a fixed wobble per side, so no verdict depends on
# how busy this machine is: Codec.encode is 30% slower and Work.loop's throughput 25% lower in the current runs.
#   fake-jmh.sh SIDE INCLUDE FILE
side=$1 include=$2 file=$3
dir=$(dirname "$0")
mkdir -p "$dir/target"
count="$dir/target/count-$side-$include"
n=$(cat "$count" 2>/dev/null || echo 0)
n=$((n + 1))
echo "$n" > "$count"
offset=0
[ "$side" = current ] && offset=3
wobble=$(( (n * 7 + offset) % 10 ))
entry() { # NAME MODE UNIT BASELINE CURRENT
    echo "$1" | grep -Eq "$include" || return 0
    score=$4
    [ "$side" = current ] && score=$5
    [ -n "$sep" ] && printf ',\n'
    printf '  {"benchmark": "bench.%s", "mode": "%s", "primaryMetric": {"score": %s.%s, "scoreUnit": "%s"}}' \
        "$1" "$2" "$score" "$wobble" "$3"
    sep=1
}
{
    echo '['
    sep=
    entry Codec.encode avgt us/op 100 130
    entry Codec.decode avgt us/op 50 50
    entry Work.loop thrpt ops/ms 200 150
    entry Work.sort thrpt ops/ms 80 80
    printf '\n]\n'
} > "$file"
