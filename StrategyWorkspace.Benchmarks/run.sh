#!/usr/bin/env bash
# The whole benchmark suite on this machine (about 5 minutes on two cores): size M for every line,
# size L for the database lines. Writes the table to docs/benchmarks-latest.md. Extra arguments go to the
# benchmark (e.g. --size S --quick, or --only diff,read).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/wrk ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi
dotnet build StrategyWorkspace.Benchmarks -c Release -v quiet -nologo
# The compiler servers stay busy for a while after a build; on two cores they would time with us.
dotnet build-server shutdown >/dev/null
dotnet StrategyWorkspace.Benchmarks/bin/Release/net10.0/StrategyWorkspace.Benchmarks.dll --output docs/benchmarks-latest.md "$@"
