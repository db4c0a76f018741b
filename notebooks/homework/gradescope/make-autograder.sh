#!/usr/bin/env bash
# Builds a Gradescope autograder zip for one assignment.
# Usage: notebooks/homework/gradescope/make-autograder.sh notebooks/homework/allocation/allocation.instructor.ipynb autograder.zip
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 INSTRUCTOR.ipynb OUT.zip" >&2
    exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
instructor="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
dotnet build "$repo/src/VirtLab.Cli" -v quiet -nologo
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
install -m 755 "$here/setup.sh" "$here/run_autograder" "$stage/"
mkdir -p "$stage/artifacts/bin" "$stage/assignment"
cp -r "$repo/artifacts/bin/VirtLab.Cli" "$repo/artifacts/bin/VirtLab" "$stage/artifacts/bin/"
cp "$instructor" "$stage/assignment/"
rm -f "$out"
(cd "$stage" && /usr/bin/python3 -m zipfile -c "$out" setup.sh run_autograder artifacts assignment)
echo "Wrote $out (upload it as the autograder of a Gradescope programming assignment)."
