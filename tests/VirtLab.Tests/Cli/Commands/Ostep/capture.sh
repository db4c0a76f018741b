#!/usr/bin/env bash
# Re-captures the stored OSTEP outputs listed in cases.txt. OSTEP's scripts are not in this repository: clone
# https://github.com/remzi-arpacidusseau/ostep-homework and point VIRTLAB_OSTEP_DIR at it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ostep="${VIRTLAB_OSTEP_DIR:?set VIRTLAB_OSTEP_DIR to a clone of https://github.com/remzi-arpacidusseau/ostep-homework}"
python="${PYTHON:-/usr/bin/python3}"
grep -v '^#' "$here/cases.txt" | while read -r name script args; do
  case "$script" in
    scheduler.py) path="$ostep/cpu-sched/scheduler.py" ;;
    mlfq.py) path="$ostep/cpu-sched-mlfq/mlfq.py" ;;
    *) echo "unknown script $script" >&2; exit 1 ;;
  esac
  # shellcheck disable=SC2086 # the arguments are a word list
  "$python" "$path" $args > "$here/$name.txt"
done
