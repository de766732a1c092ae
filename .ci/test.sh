#!/usr/bin/env bash
# The README's test command: installs what a fresh Debian machine lacks, runs the whole suite
# (browser tests included) and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

results="$(mktemp -d)"
set +e
dotnet test StrategyWorkspace.sln --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@"
status=$?
set -e

# CI reads a plain closing line; take the counts from the TRX summary.
trx="$(find "$results" -name '*.trx' | head -n 1)"
if [ -n "$trx" ]; then
  passed=$(grep -o 'passed="[0-9]*"' "$trx" | head -n 1 | grep -o '[0-9]*')
  failed=$(grep -o 'failed="[0-9]*"' "$trx" | head -n 1 | grep -o '[0-9]*')
  echo "${passed:-0} passed, ${failed:-0} failed"
else
  echo "0 passed, 1 failed"
  status=1
fi
exit $status
