#!/usr/bin/env bash
# The README's test command: installs what a fresh Debian machine lacks, runs the whole suite
# (browser tests included) and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium for the browser tests, wrk for the benchmark's public-page line.
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/wrk ] || missing="$missing wrk"
if [ -n "$missing" ]; then
  echo "Installing Debian's$missing…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

results="$(mktemp -d)"
set +e
dotnet test StrategyWorkspace.sln --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@"
status=$?
set -e

# The benchmark suite at size S as a smoke test: it must run to its end; its numbers are not judged here.
smoke_failed=0
if [ $# -eq 0 ]; then
  echo "Benchmark smoke test (size S)…"
  # dotnet test builds the test project and what it references, not the benchmark project.
  if ! { dotnet build StrategyWorkspace.Benchmarks -v quiet -nologo >/dev/null \
         && timeout 600 dotnet StrategyWorkspace.Benchmarks/bin/Debug/net10.0/StrategyWorkspace.Benchmarks.dll --size S --quick; }; then
    echo "The benchmark smoke test failed."
    smoke_failed=1
    status=1
  fi
fi

# CI reads a plain closing line; take the counts from the TRX summary.
trx="$(find "$results" -name '*.trx' | head -n 1)"
if [ -n "$trx" ]; then
  passed=$(grep -o 'passed="[0-9]*"' "$trx" | head -n 1 | grep -o '[0-9]*')
  failed=$(grep -o 'failed="[0-9]*"' "$trx" | head -n 1 | grep -o '[0-9]*')
  echo "$(( ${passed:-0} + (1 - smoke_failed) * ($# == 0 ? 1 : 0) )) passed, $(( ${failed:-0} + smoke_failed )) failed"
else
  echo "0 passed, 1 failed"
  status=1
fi
exit $status
