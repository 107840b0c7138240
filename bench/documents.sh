#!/usr/bin/env bash
# Document rendering benchmark: a ~40-page decree with annex tables → DOCX and PDF, warm, medians per format.
# Usage: bench/documents.sh [WARMUP] [RUNS]   (default 5 warm-up and 10 timed renders per format)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
[[ -d target/lib ]] && compgen -G "target/tata-*.jar" >/dev/null || mvn -B -ntp -q -DskipTests package
java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(echo target/tata-*.jar):target/lib/*" \
  bench/DocumentBench.java "${1:-5}" "${2:-10}"
