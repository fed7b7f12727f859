#!/usr/bin/env bash
# Makes docs/images/report.png, the README's picture of the HTML report, from a real run: builds and
# installs the plugin into the local repository (~/.m2, as the README's quick start does), runs the demo
# (examples/demo: JVM start-up with and without class data sharing), and draws the demo's HTML report with
# headless Chromium through src/test/scripts/render-report.sh (Debian: apt-get install -y chromium).
# Usage: docs/tools/screenshot.sh [REPORT.html]   (a report given: skip the build and the demo, draw it)
#   SIZE=1200x1600 sets the browser window (the picture's size).
set -euo pipefail
cd "$(dirname "$0")/../.."
report=${1:-}
if [ -z "$report" ]; then
    ./mvnw -B -q install -DskipTests -Dinvoker.skip
    ./mvnw -B -f examples/demo/pom.xml verify
    report=examples/demo/target/perfgate/jvm-startup.paired.html
fi
src/test/scripts/render-report.sh "$report" "$PWD/docs/images/report.png" "${SIZE:-1200x1600}"
