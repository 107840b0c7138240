#!/usr/bin/env bash
# Evaluation report benchmark: the Laporan Hasil Penilaian Mandiri of a 47-indicator SPBE-2020 assessment (and the
# Berita Acara) composed and rendered to DOCX and PDF, warm, medians per format.
# Usage: bench/evaluation-report.sh [WARMUP] [RUNS]   (default 5 warm-up and 10 timed runs per format)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
[[ -d target/lib ]] && compgen -G "target/tata-*.jar" >/dev/null || mvn -B -ntp -q -DskipTests package
java -Djava.awt.headless=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(echo target/tata-*.jar):target/lib/*" \
  bench/EvaluationReportBench.java "${1:-5}" "${2:-10}"
