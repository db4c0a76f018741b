#!/usr/bin/env bash
# `virtlab simulate` vs OSTEP's scheduler.py / mlfq.py (ratio table, equality, peak memory) and the scaling table.
# Needs VIRTLAB_OSTEP_DIR = a clone of https://github.com/remzi-arpacidusseau/ostep-homework (not vendored here).
# Extra arguments go to bench_simulate.py (for example --pairs 3 --sizes 1 1000 20000).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
out="$root/artifacts/publish/virtlab-r2r"
echo "Publishing the CLI (Release, ReadyToRun) to $out ..." >&2
dotnet publish "$root/src/VirtLab.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$out" -v quiet -nologo >&2
aot="$root/artifacts/publish/virtlab-simulate-aot"
echo "Publishing virtlab simulate with Native AOT to $aot ..." >&2
dotnet publish "$root/tests/VirtLab.Benchmarks/Scheduling/SimulateAot" -c Release -r linux-x64 -o "$aot" -v quiet -nologo >&2
exec /usr/bin/python3 "$root/tests/VirtLab.Benchmarks/Scheduling/bench_simulate.py" \
  --virtlab "$out/VirtLab.Cli" --aot "$aot/virtlab-simulate" "$@"
