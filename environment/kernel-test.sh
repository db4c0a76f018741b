#!/usr/bin/env bash
# Real-kernel conformance (one phase of environment/test.sh): runs every lesson and instructor notebook
# (notebooks/*.ipynb, notebooks/homework/*/*.instructor.ipynb, whatever exists) in the real .NET Interactive kernel
# through nbclient, fails on any error output, and compares each code cell with `virtlab run`'s outputs of the same
# notebook: same kinds (text, table, chart), same values where the cell is deterministic.
# Needs environment/kernel.sh (the pinned kernel, its kernelspec, python3-nbclient) and a built checkout.
#
#   environment/kernel-test.sh [NOTEBOOK...]     default: every lesson and instructor notebook
#
# VIRTLAB_KERNEL_CELL_TIMEOUT (seconds, default 600) bounds each cell; VIRTLAB_SKIP_KERNEL=1 skips the phase.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "${VIRTLAB_SKIP_KERNEL:-0}" = "1" ]; then
  echo "kernel conformance: skipped (VIRTLAB_SKIP_KERNEL=1)"
  exit 0
fi
if ! bash environment/kernel.sh --check; then
  echo "kernel conformance: the real kernel is not installed; run environment/kernel.sh (or environment/setup.sh)."
  echo "0 passed, 1 failed"
  exit 1
fi

shopt -s nullglob
notebooks=("$@")
[ ${#notebooks[@]} -gt 0 ] || notebooks=(notebooks/*.ipynb notebooks/homework/*/*.instructor.ipynb)
out="$root/artifacts/kernel-conformance"
rm -rf "$out"
mkdir -p "$out"

echo "virtlab run of ${#notebooks[@]} notebooks (the reference outputs)"
# A notebook that fails here is reported by the notebook phase; its outputs are still compared below.
./virtlab run "${notebooks[@]}" --output "$out/virtlab-run" --continue-on-error >"$out/virtlab-run.log" 2>&1 || true

echo "real kernel (.net-csharp, nbclient), cell timeout ${VIRTLAB_KERNEL_CELL_TIMEOUT:-600} s"
/usr/bin/python3 tests/kernel/conformance.py --virtlab-run "$out/virtlab-run" --out "$out" \
  --cell-timeout "${VIRTLAB_KERNEL_CELL_TIMEOUT:-600}" "${notebooks[@]}" 2>"$out/kernel-stderr.log"
rc=$?
[ "$rc" -eq 0 ] || echo "kernel conformance: details in $out (kernel/, html/, virtlab-run.log, kernel-stderr.log)"
exit "$rc"
