#!/usr/bin/env bash
# VirtLab environment setup: safe to run any number of times.
#
#   environment/setup.sh            install what is missing, start the Docker engine, build, build the lab image
#   environment/setup.sh --no-build skip the .NET build and the lab image (engine and packages only)
#
# What it does, in order (each step says what it does):
#   1. Debian packages the course uses, installed only when missing (needs root or sudo).
#   2. A Docker engine: an engine that already answers (Docker Desktop, a running dockerd,
#      DOCKER_HOST) is used as it is; otherwise dockerd is started in the background.
#   3. dotnet build of the solution, then the lab image virtlab/lab (FROM scratch + static busybox).
#   4. The real .NET Interactive kernel (environment/kernel.sh: pinned dotnet tool, kernelspec .net-csharp, nbclient).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "setup: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

# shellcheck source=lib.sh
. "$here/lib.sh"
logs="$root/artifacts/logs"
die() {
  printf '\nsetup: %s\n' "$1" >&2
  shift
  for line in "$@"; do printf '       %s\n' "$line" >&2; done
  exit 1
}

# Root, or sudo without a password prompt, is needed only to install packages and start dockerd.
as_root=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root="sudo"
  else
    as_root="none"
  fi
fi
run_root() {
  if [ "$as_root" = "none" ]; then
    return 1
  fi
  $as_root "$@"
}

is_debian=0
if [ -r /etc/os-release ] && grep -qiE '^(ID|ID_LIKE)=.*(debian|ubuntu)' /etc/os-release; then
  is_debian=1
fi

# ---------------------------------------------------------------- 1. packages
# docker.io + busybox-static: the engine and the lab image; python3-nbformat: notebook validation; nbclient +
# nbconvert: the real kernel driven headless;
# chromium: browser tests of the HTML export; qemu + kernel: the virtual-machine lesson.
packages=(docker.io busybox-static python3-nbformat python3-nbclient python3-nbconvert chromium qemu-system-x86 qemu-utils linux-image-amd64 ca-certificates curl)

step "Debian packages"
missing=()
if [ "$is_debian" -eq 1 ]; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ "$is_debian" -eq 0 ]; then
  info "not Debian/Ubuntu: skipping package installation."
  info "You need: a Docker engine, a static busybox, the .NET 10 SDK; optional: chromium, python3 nbformat, qemu."
elif [ ${#missing[@]} -eq 0 ]; then
  info "all present: ${packages[*]}"
elif [ "$as_root" = "none" ]; then
  die "these packages are missing and installing them needs root: ${missing[*]}" \
      "Run as root, or ask an administrator to run:" \
      "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
else
  info "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  run_logged "apt-get update" "$logs/apt-update.log" -- run_root apt-get update \
    || die "apt-get update failed (log: $logs/apt-update.log)."
  run_logged "apt-get install" "$logs/apt-install.log" -- run_root apt-get install -y --no-install-recommends "${missing[@]}" \
    || die "installing ${missing[*]} failed (log: $logs/apt-install.log)."
  info "installed in $(duration "$LOGGED_SECONDS") (log: ${logs#"$root"/}/apt-install.log)."
fi

# ---------------------------------------------------------------- 2. Docker engine
step "Docker engine"
default_sock=/var/run/docker.sock
engine_answers() {
  if [ -n "${DOCKER_HOST:-}" ]; then
    command -v docker >/dev/null 2>&1 && timeout 5 docker version >/dev/null 2>&1
  else
    [ -S "$default_sock" ] && timeout 5 curl -fsS --unix-socket "$default_sock" http://localhost/_ping >/dev/null 2>&1
  fi
}

if engine_answers; then
  info "an engine answers at ${DOCKER_HOST:-unix://$default_sock}: using it."
elif [ -n "${DOCKER_HOST:-}" ]; then
  die "DOCKER_HOST is set to '$DOCKER_HOST' but no engine answers there." \
      "Start that engine, or unset DOCKER_HOST to let setup start a local one."
else
  command -v dockerd >/dev/null 2>&1 || die "no Docker engine answers and dockerd is not installed." \
      "On Debian/Ubuntu: apt-get install docker.io   (as root)" \
      "Elsewhere: install and start Docker Desktop or Docker Engine, then run this script again."
  [ "$as_root" != "none" ] || die "no Docker engine answers, and starting one needs root." \
      "Start the engine yourself (e.g. 'sudo systemctl start docker' or Docker Desktop), then run this script again."
  # A daemon killed earlier can leave its pid file and socket behind; dockerd refuses to start then.
  pidfile=/var/run/docker.pid
  if [ -f "$pidfile" ]; then
    oldpid="$(cat "$pidfile" 2>/dev/null || true)"
    if [ -n "$oldpid" ] && kill -0 "$oldpid" 2>/dev/null; then
      info "dockerd (pid $oldpid) is running but does not answer yet; waiting for it."
    else
      info "removing a stale pid file ($pidfile)."
      run_root rm -f "$pidfile"
    fi
  fi
  if ! pgrep -x dockerd >/dev/null 2>&1; then
    [ -S "$default_sock" ] && { info "removing a stale socket ($default_sock)."; run_root rm -f "$default_sock"; }
    log=/var/log/virtlab-dockerd.log
    info "starting dockerd in the background (log: $log)."
    run_root sh -c "nohup dockerd >>'$log' 2>&1 </dev/null &"
  fi
  for _ in $(seq 1 60); do
    engine_answers && break
    sleep 1
  done
  engine_answers || die "dockerd did not answer within 60 s." \
      "Read its log: tail -n 50 /var/log/virtlab-dockerd.log"
  info "dockerd answers at unix://$default_sock."
fi

# ---------------------------------------------------------------- 3. build and lab image
if [ "$build" -eq 1 ]; then
  step "Building the solution"
  command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is not installed." \
      "Install the .NET 10 SDK: https://dotnet.microsoft.com/download"
  "$here/build.sh" || die "the build failed (errors above; log: $logs/build.log)."

  step "Lab image"
  "$root/virtlab" lab build
fi

# ---------------------------------------------------------------- 4. the real notebook kernel
step "Real .NET Interactive kernel (.net-csharp: VS Code, Jupyter, the conformance tests)"
bash "$here/kernel.sh" || die "installing the real kernel failed (see above)."

step "Ready"
info "Check everything with: ./virtlab check"
