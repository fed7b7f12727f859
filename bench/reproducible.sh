#!/usr/bin/env bash
# Checks that the build is reproducible: builds one commit twice, from two clean copies in different
# directories at different times, and compares the sha256 of the plugin, sources and javadoc jars.
# Prints one line per jar and a verdict; exits 1 when any jar differs (then diffoscope or
# `unzip -l` of both copies shows what differs).
#
#   bench/reproducible.sh [commit]        (default HEAD; uncommitted changes are not built)
#
# Needs git and a JDK 17; Maven comes from the wrapper, artifacts from the user's local repository.
set -euo pipefail
cd "$(dirname "$0")/.."

COMMIT=$(git rev-parse "${1:-HEAD}")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/perfgate-repro.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

build() {   # $1: directory name; the two copies differ in path and build time
    local dir="$WORK/$1"
    mkdir -p "$dir"
    git archive "$COMMIT" | tar -x -C "$dir"
    (cd "$dir" && ./mvnw -B -q package -Prelease -Dgpg.skip -DskipTests -Dinvoker.skip >"$WORK/$1.log" 2>&1) \
        || { echo "build $1 failed; its log:" >&2; tail -50 "$WORK/$1.log" >&2; exit 2; }
}

build first
sleep 2     # a different second: a time that leaks into an archive shows up as a difference
build second-copy

echo "commit $COMMIT"
TAG=project.build.outputTimestamp
echo "outputTimestamp $(sed -n "s:.*<$TAG>\(.*\)</$TAG>.*:\1:p" pom.xml)"
status=0
for first in "$WORK"/first/target/*.jar; do
    jar=$(basename "$first")
    second="$WORK/second-copy/target/$jar"
    a=$(sha256sum "$first" | cut -d' ' -f1)
    b=$( [ -f "$second" ] && sha256sum "$second" | cut -d' ' -f1 || echo missing)
    if [ "$a" = "$b" ]; then
        echo "identical  $a  $jar"
    else
        echo "DIFFERENT  $a / $b  $jar"
        status=1
    fi
done
count=$(ls "$WORK"/first/target/*.jar | wc -l)
if [ "$count" -lt 3 ]; then
    echo "expected the plugin, sources and javadoc jars, found $count"
    status=1
fi
[ $status = 0 ] && echo "REPRODUCIBLE: $count jars byte-identical" || echo "NOT REPRODUCIBLE"
exit $status
