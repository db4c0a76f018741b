#!/usr/bin/env bash
# Builds the solution when any source is newer than the last successful build (or there was none), with a
# progress line every 30 s. setup.sh, test.sh and ./virtlab all call this, so one command builds at most once.
#
#   environment/build.sh           build if stale
#   environment/build.sh --force   build anyway
#   environment/build.sh --check   print the first changed source (nothing when current); never builds
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

stamp="$root/artifacts/.build-stamp"

# Prints the first source file newer than the stamp (nothing when the build is current).
stale_source() {
  [ -f "$stamp" ] || { echo "(no build yet)"; return; }
  find "$root/src" "$root/tests" "$root/Directory.Build.props" "$root/Directory.Packages.props" "$root/VirtLab.sln" \
    \( -name bin -o -name obj -o -name node_modules \) -prune -o \
    -newer "$stamp" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' -o -name '*.sln' -o -name '*.json' -o -name '*.csx' -o -name '*.resx' -o -name '*.js' \) \
    -print -quit 2>/dev/null
}

if [ "${1:-}" = "--check" ]; then
  stale_source
  exit 0
fi

if [ "${1:-}" != "--force" ]; then
  changed="$(stale_source)"
  if [ -z "$changed" ]; then
    info "build is current (nothing changed since $(date -r "$stamp" '+%H:%M:%S'))."
    exit 0
  fi
  info "building: ${changed#"$root"/} is newer than the last build."
fi

command -v dotnet >/dev/null 2>&1 || { echo "build: the .NET SDK is not installed. Install the .NET 10 SDK: https://dotnet.microsoft.com/download" >&2; exit 1; }

projects_built() { printf '%s of %s projects built' "$(grep -c -- ' -> ' "$1" 2>/dev/null)" "$(grep -c '\.csproj' "$root/VirtLab.sln")"; }

started="$(date +%s.%N)"   # sub-second: files written in the same second before the build stay older
log="$root/artifacts/logs/build.log"
if run_logged "build" "$log" --status projects_built -- dotnet build "$root/VirtLab.sln" -nologo -v minimal -clp:NoSummary -p:NoColor=true; then
  touch -d "@$started" "$stamp"   # sources saved during the build stay newer than the stamp
  info "built in $(duration "$LOGGED_SECONDS") ($(projects_built "$log"); log: ${log#"$root"/})."
else
  grep -E ': error [A-Z]+[0-9]+' "$log" | sed 's/^/      /' | sort -u | head -n 30
  exit 1
fi
