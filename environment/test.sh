#!/usr/bin/env bash
# Runs every test of the course: unit, integration (real Docker engine and QEMU), notebook runner and
# browser tests, then every notebook top to bottom through `virtlab run` with an HTML export.
# Run environment/setup.sh first (the README's test command does both); this script builds only if a source
# changed since that build.
#
# Every phase prints a progress line at least every 30 s; a failing test is printed in full (name, message,
# stack) with the path of its log; the last line is "N passed, N failed, N skipped".
#
# Opt-outs (explicit only): VIRTLAB_SKIP_DOCKER=1 skips tests that need the engine,
# VIRTLAB_SKIP_QEMU=1 skips the virtual-machine tests.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
# shellcheck source=lib.sh
. "$here/lib.sh"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

passed=0
failed=0
skipped=0
status=0
started=$SECONDS
failures=()

step "Build"
"$here/build.sh" || { echo "build failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

# "12 passed, 0 failed, 1 skipped so far" from a dotnet test console log.
test_counts() {
  local p f s
  p="$(grep -cE '^\s+Passed ' "$1" 2>/dev/null)"
  f="$(grep -cE '^\s+Failed ' "$1" 2>/dev/null)"
  s="$(grep -cE '^\s+Skipped ' "$1" 2>/dev/null)"
  printf '%s passed, %s failed, %s skipped so far' "${p:-0}" "${f:-0}" "${s:-0}"
}

# Prints each failed test of a dotnet test console log in full: its name, message and stack trace.
print_failures() {
  awk '
    /^  (Passed|Skipped) / { show = 0 }
    /^  Failed / { show = 1; lines = 0; print ""; }
    /^(Test Run|Total tests|Results File|A total of)/ { show = 0 }
    show && lines < 80 { print "      " $0; lines++ }
  ' "$1"
}

run_tests() {
  local project="$1" name log
  name="$(basename "$project")"
  log="$results/$name.log"
  step "$name"
  run_logged "$name" "$log" --status test_counts --no-tail -- \
    dotnet test "$project" --no-build -nologo --logger "console;verbosity=normal" --logger "trx;LogFileName=$name.trx" --results-directory "$results"
  local rc=$?
  local p f s
  p="$(grep -E '^\s+Passed: +[0-9]+\s*$' "$log" | tail -n 1 | grep -oE '[0-9]+')"
  f="$(grep -E '^\s+Failed: +[0-9]+\s*$' "$log" | tail -n 1 | grep -oE '[0-9]+')"
  s="$(grep -E '^\s+Skipped: +[0-9]+\s*$' "$log" | tail -n 1 | grep -oE '[0-9]+')"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
  info "$name: ${p:-0} passed, ${f:-0} failed, ${s:-0} skipped in $(duration "$LOGGED_SECONDS") (log: ${log#"$root"/})"
  if [ "${f:-0}" -gt 0 ]; then
    printf '%s    failed tests in %s:%s\n' "$c_red" "$name" "$c_off"
    print_failures "$log"
    failures+=("$name: ${f} failed test(s), see ${log#"$root"/}")
  fi
  if [ "$rc" -ne 0 ]; then
    status=1
    # A crash or build problem with no failed test counted still counts as a failure.
    if [ "${f:-0}" -eq 0 ]; then
      printf '%s    %s: dotnet test exited %d with no failed test counted. Last lines of its log:%s\n' "$c_red" "$name" "$rc" "$c_off"
      tail -n 40 "$log" | sed 's/^/      /'
      failed=$((failed + 1))
      failures+=("$name: dotnet test exited $rc with no failed test counted, see ${log#"$root"/}")
    fi
  fi
  grep -E '^\s+Skipped ' "$log" | sed 's/^/      /' | head -n 20
}

# run_phase NAME COMMAND...: a phase whose output streams through (it prints its own progress). It counts as
# the "N passed, N failed" of its last such line, or as one test.
run_phase() {
  local name="$1"; shift
  local log="$results/$(echo "$name" | tr -c 'A-Za-z0-9\n' '-').log"
  step "$name"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local counts p f
  counts="$(sed -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' "$log" | grep -oE '[0-9]+ passed, [0-9]+ failed' | tail -n 1)"
  p="$(echo "$counts" | grep -oE '^[0-9]+')"
  f="$(echo "$counts" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')"
  if [ -z "$counts" ]; then
    if [ "$rc" -eq 0 ]; then p=1; f=0; else p=0; f=1; fi
  fi
  [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ] && f=1
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  info "$name: ${p:-0} passed, ${f:-0} failed in $(duration $((SECONDS - start))) (log: ${log#"$root"/})"
  if [ "$rc" -ne 0 ]; then
    status=1
    failures+=("$name: exit $rc, see ${log#"$root"/}")
  fi
}

for project in tests/VirtLab.Tests tests/VirtLab.IntegrationTests tests/VirtLab.Notebooks.Tests; do
  run_tests "$project"
done

shopt -s nullglob
notebooks=(notebooks/*.ipynb)
if [ ${#notebooks[@]} -gt 0 ]; then
  run_phase "Notebooks (virtlab run, HTML export in artifacts/course-html)" \
    ./virtlab run "${notebooks[@]}" --output artifacts/course-run --html artifacts/course-html
fi

run_phase "Lessons solved (virtlab run --solutions)" environment/test-exercises.sh

run_phase "Real kernel (every notebook in .net-csharp, compared with virtlab run)" bash environment/kernel-test.sh

run_phase "Leftovers (virtlab clean)" ./virtlab clean

echo
if [ ${#failures[@]} -gt 0 ]; then
  printf '%sFailures:%s\n' "$c_red" "$c_off"
  for f in "${failures[@]}"; do info "$f"; done
fi
info "total time $(duration $((SECONDS - started)))"
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
