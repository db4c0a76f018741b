#!/usr/bin/env bash
# Runs every test of the course: unit, integration (real Docker engine and QEMU), notebook runner and
# browser tests, then every notebook top to bottom through `virtlab run` with an HTML export.
# Run environment/setup.sh first (the README's test command does both).
#
# Opt-outs (explicit only): VIRTLAB_SKIP_DOCKER=1 skips tests that need the engine,
# VIRTLAB_SKIP_QEMU=1 skips the virtual-machine tests.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

passed=0
failed=0
skipped=0
status=0

echo "==> Building"
dotnet build VirtLab.sln -nologo -v quiet -clp:ErrorsOnly || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

run_tests() {
  local project="$1"
  local name
  name="$(basename "$project")"
  echo
  echo "==> $name"
  local log="$results/$name.log"
  dotnet test "$project" --no-build -nologo --logger "console;verbosity=normal" --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 \
    | tee "$log" | grep --line-buffered -E "^\s+(Failed|Skipped) |Error Message|^\s+(Total tests|Passed|Failed|Skipped): "
  local rc=${PIPESTATUS[0]}
  local p f s
  p="$(grep -E '^\s+Passed: +[0-9]+\s*$' "$log" | tail -n 1 | grep -oE '[0-9]+')"
  f="$(grep -E '^\s+Failed: +[0-9]+\s*$' "$log" | tail -n 1 | grep -oE '[0-9]+')"
  s="$(grep -E '^\s+Skipped: +[0-9]+\s*$' "$log" | tail -n 1 | grep -oE '[0-9]+')"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
  if [ "$rc" -ne 0 ]; then
    status=1
    # A crash or build problem with no failed test counted still counts as a failure.
    [ "${f:-0}" -gt 0 ] || failed=$((failed + 1))
  fi
}

for project in tests/VirtLab.Tests tests/VirtLab.IntegrationTests tests/VirtLab.Notebooks.Tests; do
  run_tests "$project"
done

echo
echo "==> Notebooks (virtlab run, HTML export in artifacts/course-html)"
shopt -s nullglob
notebooks=(notebooks/*.ipynb)
if [ ${#notebooks[@]} -gt 0 ]; then
  if ./virtlab run "${notebooks[@]}" --output artifacts/course-run --html artifacts/course-html; then
    passed=$((passed + ${#notebooks[@]}))
  else
    failed=$((failed + 1))
    status=1
  fi
fi

echo; echo "==> Real kernel (every notebook in .net-csharp, compared with virtlab run)"; if bash environment/kernel-test.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

echo
echo "==> Leftovers"
if ./virtlab clean; then :; else status=1; fi

echo
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
