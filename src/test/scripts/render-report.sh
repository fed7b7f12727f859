#!/usr/bin/env bash
# Renders a perfgate HTML report with headless Chromium (Debian's `chromium` package) to a PNG, to look at
# it as a browser draws it: `apt-get install -y chromium` first.
# Usage: src/test/scripts/render-report.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]
#   defaults: OUT = REPORT with .png, size 1280x2000 (try 390x2400 for a phone-sized screen).
# The browser runs offline-minded (no background networking, updates or sync) in a throwaway profile,
# so the PNG also shows whether the report needs anything from the network: it must not.
set -euo pipefail
report=$(readlink -f "${1:?usage: $0 REPORT.html [OUT.png] [WIDTHxHEIGHT]}")
out=$(readlink -f "${2:-${report%.html}.png}")
size=${3:-1280x2000}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium not found: apt-get install -y chromium" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars \
    --screenshot="$out" --window-size="${size/x/,}" "file://$report" 2>/dev/null
echo "$out"
