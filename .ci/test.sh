#!/usr/bin/env bash
# The README's test command: installs what a fresh Debian machine lacks, runs the whole suite
# (browser tests included) on SQLite and on PostgreSQL, then the benchmark at size S as a smoke
# test, and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium for the browser tests, wrk for the benchmark's public-page line, PostgreSQL for the
# second provider, nginx for the reverse-proxy test of the several-instances recipe.
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/sbin/nginx ] || missing="$missing nginx"
command -v openssl >/dev/null || missing="$missing openssl"
[ -x /usr/bin/wrk ] || missing="$missing wrk"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
if [ -n "$missing" ]; then
  echo "Installing Debian's$missing…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

results="$(mktemp -d)"
status=0
# One build for both passes and the benchmark (dotnet test on the solution does not build it).
if ! { dotnet build StrategyWorkspace.sln -v quiet -nologo -clp:ErrorsOnly && dotnet build StrategyWorkspace.Benchmarks -v quiet -nologo -clp:ErrorsOnly; }; then
  echo "The build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

# The README's production recipe: the published app, which the deployment tests start in Production
# (SW_TEST_PUBLISHED names it for both passes).
published="$results/published"
if ! dotnet publish StrategyWorkspace -c Release -o "$published" -v quiet -nologo -clp:ErrorsOnly; then
  echo "The publish failed."
  echo "0 passed, 1 failed"
  exit 1
fi
export SW_TEST_PUBLISHED="$published"

set +e
dotnet test StrategyWorkspace.sln --no-build --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@"
[ $? -eq 0 ] || status=1
set -e

# The whole suite again on PostgreSQL: a throwaway server on loopback, its data in a temp folder
# (it need not survive a crash: no fsync). The tests that need several instances or a database
# server to lose run only in this pass. (Run alongside the SQLite pass, both took twice as long:
# the two cores are the limit.)
if [ $# -eq 0 ]; then
  echo "The whole suite on PostgreSQL…"
  pgbin="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
  pgdata="$(mktemp -d)"
  pgport=$(( 40000 + RANDOM % 20000 ))
  as_pg=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pgdata"; as_pg=(runuser -u postgres --); fi
  "${as_pg[@]}" "$pgbin/initdb" -D "$pgdata" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -w -l "$pgdata/server.log" \
    -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  set +e
  SW_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres" \
    dotnet test StrategyWorkspace.Tests --no-build --logger "trx;LogFileName=postgres.trx" --results-directory "$results"
  [ $? -eq 0 ] || status=1
  set -e
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -m fast stop >/dev/null || true
  rm -rf "$pgdata"
fi

# The benchmark suite at size S as a smoke test: it must run to its end; its numbers are not judged here.
smoke_failed=0
if [ $# -eq 0 ]; then
  echo "Benchmark smoke test (size S)…"
  if ! timeout 600 dotnet StrategyWorkspace.Benchmarks/bin/Debug/net10.0/StrategyWorkspace.Benchmarks.dll --size S --quick; then
    echo "The benchmark smoke test failed."
    smoke_failed=1
    status=1
  fi
fi

# CI reads a plain closing line; take the counts from the TRX summary.
trxs="$(find "$results" -name '*.trx')"
if [ -n "$trxs" ]; then
  passed=0; failed=0
  for trx in $trxs; do
    passed=$(( passed + $(grep -o 'passed="[0-9]*"' "$trx" | head -n 1 | grep -o '[0-9]*') ))
    failed=$(( failed + $(grep -o 'failed="[0-9]*"' "$trx" | head -n 1 | grep -o '[0-9]*') ))
  done
  echo "$(( passed + (1 - smoke_failed) * ($# == 0 ? 1 : 0) )) passed, $(( failed + smoke_failed )) failed"
else
  echo "0 passed, 1 failed"
  status=1
fi
exit $status
