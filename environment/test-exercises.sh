#!/usr/bin/env bash
# Runs every lesson with its reference answers filled in (virtlab run --solutions notebooks/solutions): the run
# fails unless every exercise check reports "correct". The unanswered run (every check says "not answered yet",
# nothing fails) is test.sh's "Notebooks" phase. Format: notebooks/README.md.
# test.sh calls it as: run_phase "Lessons solved (virtlab run --solutions)" environment/test-exercises.sh
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
shopt -s nullglob
lessons=(notebooks/*.ipynb)
if [ ${#lessons[@]} -eq 0 ]; then
  echo "no lessons in notebooks/"
  exit 1
fi
exec ./virtlab run --solutions notebooks/solutions "${lessons[@]}" --output artifacts/course-run-solved
