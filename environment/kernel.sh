#!/usr/bin/env bash
# Installs the real .NET Interactive kernel, the one VS Code users get, so notebooks can be checked in it:
#   1. Debian's python3-nbclient and python3-nbconvert (drive the kernel headless; HTML of a notebook),
#   2. the dotnet tool Microsoft.dotnet-interactive, pinned, in a tool folder (default ~/.virtlab/kernel-tool),
#   3. its Jupyter kernelspec `.net-csharp`, launched by the tool's absolute path (works without PATH changes).
# Safe to run any number of times; it only installs what is missing.
#
#   environment/kernel.sh            install (called by environment/setup.sh)
#   environment/kernel.sh --check    exit 0 if everything is installed, 1 (and say what is missing) otherwise
#
# VIRTLAB_KERNEL_TOOL_PATH overrides the tool folder.
set -euo pipefail

version="1.0.712001"
tool_path="${VIRTLAB_KERNEL_TOOL_PATH:-$HOME/.virtlab/kernel-tool}"
tool="$tool_path/dotnet-interactive"
check=0
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "kernel.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

info() { printf '    %s\n' "$*"; }

have_python_modules() { /usr/bin/python3 -c 'import nbclient, nbconvert, nbformat' 2>/dev/null; }
have_tool() { [ -x "$tool" ] && "$tool" --version 2>/dev/null | grep -q "^${version%.*}"; }
kernelspec_dir() { echo "${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}/kernels/.net-csharp"; }
have_kernelspec() { [ -f "$(kernelspec_dir)/kernel.json" ] && grep -q "$tool" "$(kernelspec_dir)/kernel.json"; }

if [ "$check" -eq 1 ]; then
  ok=0
  have_python_modules || { echo "missing: python3-nbclient / python3-nbconvert for /usr/bin/python3"; ok=1; }
  have_tool || { echo "missing: dotnet tool Microsoft.dotnet-interactive $version in $tool_path"; ok=1; }
  have_kernelspec || { echo "missing: Jupyter kernelspec .net-csharp pointing at $tool"; ok=1; }
  [ "$ok" -eq 0 ] && echo "real kernel installed: $tool ($version), kernelspec $(kernelspec_dir)"
  exit "$ok"
fi

if have_python_modules; then
  info "python3 nbclient/nbconvert: present"
else
  info "installing python3-nbclient python3-nbconvert"
  as_root=""
  [ "$(id -u)" -eq 0 ] || as_root="sudo -n"
  export DEBIAN_FRONTEND=noninteractive
  $as_root apt-get install -y --no-install-recommends python3-nbclient python3-nbconvert >/dev/null \
    || { $as_root apt-get update >/dev/null && $as_root apt-get install -y --no-install-recommends python3-nbclient python3-nbconvert >/dev/null; } \
    || { echo "kernel.sh: could not install python3-nbclient python3-nbconvert (needs root)" >&2; exit 1; }
fi

if have_tool; then
  info "Microsoft.dotnet-interactive $version: present in $tool_path"
else
  info "installing Microsoft.dotnet-interactive $version in $tool_path"
  mkdir -p "$tool_path"
  dotnet tool uninstall --tool-path "$tool_path" Microsoft.dotnet-interactive >/dev/null 2>&1 || true
  dotnet tool install --tool-path "$tool_path" Microsoft.dotnet-interactive --version "$version" >/dev/null
fi

if have_kernelspec; then
  info "kernelspec .net-csharp: present"
else
  info "installing the Jupyter kernelspecs (.net-csharp, .net-fsharp, .net-pwsh)"
  # The tool refuses to install when the Jupyter kernels folder does not exist yet (no Jupyter installed).
  mkdir -p "$(dirname "$(kernelspec_dir)")"
  PATH="$tool_path:$PATH" "$tool" jupyter install >/dev/null
  # The kernelspec launches "dotnet interactive" (the global-tool form); point it at the pinned tool instead, so the kernel
  # starts from VS Code, Jupyter and nbclient without any PATH set-up.
  for spec in "$(dirname "$(kernelspec_dir)")"/.net-*/kernel.json; do
    /usr/bin/python3 - "$spec" "$tool" <<'EOF'
import json, sys
path, tool = sys.argv[1], sys.argv[2]
with open(path) as f:
    spec = json.load(f)
argv = spec["argv"]
if argv[:2] == ["dotnet", "interactive"]:
    spec["argv"] = [tool] + argv[2:]
elif argv[:1] == ["dotnet-interactive"]:
    spec["argv"] = [tool] + argv[1:]
with open(path, "w") as f:
    json.dump(spec, f, indent=1)
EOF
  done
fi
have_kernelspec || { echo "kernel.sh: the kernelspec $(kernelspec_dir) was not written" >&2; exit 1; }
info "real kernel: $tool, kernelspec $(kernelspec_dir)"
