#!/bin/sh
# Prints "latency=<v>" with the next value of a fixed sequence per benchmark and side: the k-th run of a side
# prints line k of <benchmark>-<side>.txt, so every pair's change is known in advance and no verdict depends
# on how busy this machine is. Shard 1 runs first and takes lines 1-10, shard 2 lines 11-20.
dir=$(dirname "$0")
mkdir -p "$dir/target"
count="$dir/target/count-$1-$2"
n=$(cat "$count" 2>/dev/null || echo 0)
n=$((n + 1))
echo "$n" > "$count"
echo "latency=$(sed -n "${n}p" "$dir/$1-$2.txt")"
