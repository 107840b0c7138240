#!/usr/bin/env bash
# Cold-start benchmark: launch → main window shown with the sample workspace open and logged in.
# The app measures itself from the JVM's start time (RuntimeMXBean) when -Dtata.bench.startup=true, prints
# TATA_STARTUP_MS=<n> and exits. Runs under Xvfb (installed when missing), a real window, as a user sees it.
# Usage: bench/startup.sh [RUNS] [--cds]   (default 5 runs; the first, unmeasured run also builds the cached sample
#        template and, with --cds, the AppCDS archive that bin/tata uses)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-5}
cds=${2:-}
cd "$root"
[[ -d target/lib ]] && compgen -G "target/tata-*.jar" >/dev/null || mvn -B -ntp -q -DskipTests package
if ! command -v Xvfb >/dev/null || ! ldconfig -p | grep -q libgtk-3.so.0; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb libgtk-3-0) >/dev/null
fi
home=$(mktemp -d /tmp/tata-bench-XXXXXX)
display=:$((150 + RANDOM % 50))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT
sleep 1
results=()
for i in $(seq 0 "$runs"); do
  share=()
  if [[ $cds == --cds ]]; then
    if [[ $i -eq 0 ]]; then share=(-XX:ArchiveClassesAtExit="$home/bench.jsa"); else share=(-XX:SharedArchiveFile="$home/bench.jsa"); fi
  fi
  ms=$(DISPLAY=$display timeout 120 java "${share[@]}" -Dtata.home="$home" -Dtata.bench.startup=true \
        -Dorg.jooq.no-logo=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
        -cp "$(echo target/tata-*.jar):target/lib/*" id.tata.app.Launcher 2>/dev/null | sed -n 's/^TATA_STARTUP_MS=//p')
  if [[ $i -eq 0 ]]; then echo "first run (builds the sample template): ${ms:-?} ms"; continue; fi
  echo "run $i: ${ms:-?} ms"; results+=("${ms:-0}")
done
printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print "median of " NR ": " a[int((NR+1)/2)] " ms (min " a[1] ", max " a[NR] ")"}'
