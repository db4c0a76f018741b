# Shared by setup.sh, build.sh and test.sh (sourced, not run). Long steps run with their output in a log file
# and a progress line at least every VIRTLAB_HEARTBEAT seconds (default 30), so a CI log never goes silent and
# never fills with spinners. Colours only on a terminal, and never with NO_COLOR or TERM=dumb.

VIRTLAB_HEARTBEAT="${VIRTLAB_HEARTBEAT:-30}"

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ] && [ "${TERM:-dumb}" != "dumb" ]; then
  c_red=$'\e[31m'; c_green=$'\e[32m'; c_bold=$'\e[1m'; c_off=$'\e[0m'
else
  c_red=""; c_green=""; c_bold=""; c_off=""
fi

step() { printf '\n%s==> %s%s\n' "$c_bold" "$*" "$c_off"; }
info() { printf '    %s\n' "$*"; }

# Seconds as "1m05s".
duration() { local s=$1; if [ "$s" -ge 60 ]; then printf '%dm%02ds' $((s / 60)) $((s % 60)); else printf '%ds' "$s"; fi; }

# The last non-empty line of a log, without colour codes or carriage returns, cut to fit a log line.
last_line() {
  [ -f "$1" ] || return 0
  tail -c 4096 "$1" | tr '\r' '\n' | sed -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' -e '/^[[:space:]]*$/d' | tail -n 1 | cut -c1-110
}

# run_logged LABEL LOG [--status FUNCTION] [--no-tail] -- COMMAND...
# Runs COMMAND with stdout and stderr in LOG. Every VIRTLAB_HEARTBEAT seconds prints "LABEL: <status> (elapsed)";
# the status is FUNCTION LOG's output when given, else the log's last line. Returns COMMAND's exit code and sets
# LOGGED_SECONDS. On failure prints the log's last 40 lines and its path (unless --no-tail: the caller reports).
run_logged() {
  local label="$1" log="$2"; shift 2
  local status_fn=""
  local tail_on_failure=1
  if [ "${1:-}" = "--status" ]; then status_fn="$2"; shift 2; fi
  if [ "${1:-}" = "--no-tail" ]; then tail_on_failure=0; shift; fi
  [ "${1:-}" = "--" ] && shift
  mkdir -p "$(dirname "$log")"
  : >"$log"
  local start=$SECONDS
  "$@" >"$log" 2>&1 </dev/null &
  local pid=$! next=$((SECONDS + VIRTLAB_HEARTBEAT))
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    if [ "$SECONDS" -ge "$next" ] && kill -0 "$pid" 2>/dev/null; then
      local what
      if [ -n "$status_fn" ]; then what="$("$status_fn" "$log")"; else what="$(last_line "$log")"; fi
      info "$label: ${what:-working} ($(duration $((SECONDS - start))))"
      next=$((SECONDS + VIRTLAB_HEARTBEAT))
    fi
  done
  wait "$pid"
  local rc=$?
  LOGGED_SECONDS=$((SECONDS - start))
  if [ "$rc" -ne 0 ] && [ "$tail_on_failure" -eq 1 ]; then
    printf '%s    %s failed (exit %d). Last lines of %s:%s\n' "$c_red" "$label" "$rc" "$log" "$c_off"
    tail -n 40 "$log" | sed -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' -e 's/^/      /'
  fi
  return "$rc"
}
