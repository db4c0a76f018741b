#!/usr/bin/python3
"""`virtlab simulate` against OSTEP's own scheduler.py and mlfq.py, on the same flags, in the same run.

For each policy and size it runs OSTEP's script and ours as pairs (alternating which goes first), checks that both
printed the same bytes, and reports median wall times, the ratio Python / ours (above 1: we are faster) and peak
memory (max RSS of each process). Then a scaling table: every simulator from 1k to 1M jobs, ns per output line, and
the physical floor beside it (the same number of bytes pushed through a pipe by `head -c`, measured now).

OSTEP's scripts are not part of this repository (its licence and our developers' guide): clone
https://github.com/remzi-arpacidusseau/ostep-homework and set VIRTLAB_OSTEP_DIR to the clone.
Run through bench-simulate.sh, which publishes the CLI first.
"""

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import threading
import time

POLICIES = {  # name -> (OSTEP script, our extra flags, shared flags)
    "FIFO": ("cpu-sched/scheduler.py", [], ["-p", "FIFO"]),
    "SJF": ("cpu-sched/scheduler.py", [], ["-p", "SJF"]),
    "RR": ("cpu-sched/scheduler.py", [], ["-p", "RR", "-q", "10"]),
    "MLFQ": ("cpu-sched-mlfq/mlfq.py", ["-p", "MLFQ"], []),
}
ALL_OURS = ["FIFO", "SJF", "STCF", "RR", "MLFQ", "LOTTERY", "STRIDE", "CFS", "EDF"]


def run(command, timeout=None):
    """Runs a command, reading its stdout through a pipe; returns (seconds, max RSS MiB, bytes, lines, sha256, rc).
    With a timeout the process is killed when it runs longer (rc is then negative)."""
    digest = hashlib.sha256()
    size = 0
    lines = 0
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    timer = threading.Timer(timeout, process.kill) if timeout else None
    if timer:
        timer.start()
    while True:
        chunk = process.stdout.read(1 << 16)
        if not chunk:
            break
        digest.update(chunk)
        size += len(chunk)
        lines += chunk.count(b"\n")
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if timer:
        timer.cancel()
    process.stdout.close()
    return seconds, usage.ru_maxrss / 1024, size, lines, digest.hexdigest(), os.waitstatus_to_exitcode(status)


def pipe_floor(size):
    """Seconds to push `size` bytes through a pipe into this reader (the cost of the output alone)."""
    seconds, _, got, _, _, _ = run(["head", "-c", str(size), "/dev/zero"])
    return seconds if got == size else float("nan")


def fmt_s(seconds):
    return f"{seconds:.3f} s" if seconds < 10 else f"{seconds:.1f} s"


def compare(args, ostep, ours):
    """ours: list of (label, executable). Runs Python and each of ours in rotating order, pairs them by round."""
    labels = [label for label, _ in ours]
    print("## OSTEP's Python vs `virtlab simulate` (same flags, output piped; medians over rounds)\n")
    print(f"Flags: `-s 1 -m 100 -c -j N` (RR adds `-q 10`); Python: {args.python}; "
          + "; ".join(f"{label}: {exe}" for label, exe in ours) + "\n")
    print("| policy | jobs | rounds | same bytes | OSTEP Python | " + " | ".join(labels) + " | "
          + " | ".join(f"ratio {label}" for label in labels) + " | peak MiB Python / " + " / ".join(labels) + " |")
    print("|---" * (5 + 2 * len(labels) + 1) + "|")
    sys.stdout.flush()
    all_equal = True
    for policy in args.policies:
        script, ours_extra, shared = POLICIES[policy]
        for jobs in args.sizes:
            flags = shared + ["-s", "1", "-m", "100", "-c", "-j", str(jobs)]
            commands = [[args.python, os.path.join(ostep, script)] + flags]
            commands += [[exe, "simulate"] + ours_extra + flags for _, exe in ours]
            rounds = []
            for i in range(args.pairs):
                order = list(range(len(commands)))
                order = order[i % len(order):] + order[:i % len(order)]
                results = [None] * len(commands)
                for k in order:
                    results[k] = run(commands[k])
                rounds.append(results)
                if results[0][0] > args.long_python:
                    break  # a long Python run: one round is enough on a shared machine
            equal = all(r[k][4] == r[0][4] and r[k][5] == 0 for r in rounds for k in range(len(commands)))
            all_equal &= equal
            times = [statistics.median(r[k][0] for r in rounds) for k in range(len(commands))]
            ratios = [statistics.median(r[0][0] / r[k][0] for r in rounds) for k in range(1, len(commands))]
            peaks = [max(r[k][1] for r in rounds) for k in range(len(commands))]
            print(f"| {policy} | {jobs:,} | {len(rounds)} | {'yes' if equal else '**NO**'} | "
                  + " | ".join(fmt_s(t) for t in times) + " | "
                  + " | ".join(f"**{x:.1f}**" for x in ratios) + " | "
                  + " / ".join(f"{m:.0f}" for m in peaks) + " |")
            sys.stdout.flush()
    print()
    return all_equal


def scaling(args, virtlab):
    print("## Scaling of `virtlab simulate -c` (ns per output line; floor = the same bytes through a pipe)\n")
    print(f"Executable: {virtlab}; flags `-s 1 -m 100 -c -j N` (RR, lottery, stride: `-q 10`). Wall includes start-up.\n")
    print("| policy | jobs | lines | MiB out | wall | ns / line | floor | x floor | peak MiB |")
    print("|---|---|---|---|---|---|---|---|---|")
    sys.stdout.flush()
    for policy in args.scaling_policies:
        for jobs in args.scaling_sizes:
            quantum = ["-q", "10"] if policy in ("RR", "LOTTERY", "STRIDE") else []
            command = [virtlab, "simulate", "-p", policy, "-s", "1", "-m", "100", "-c", "-j", str(jobs)] + quantum
            seconds, rss, size, lines, _, rc = run(command, timeout=args.budget * 4)
            if rc < 0:
                print(f"| {policy} | {jobs:,} | | | > {fmt_s(args.budget * 4)} | | | | stopped: too slow at this size |")
                break
            floor = pipe_floor(size)
            status = "" if rc == 0 else f" (exit {rc})"
            print(f"| {policy} | {jobs:,} | {lines:,} | {size / 2**20:.1f} | {fmt_s(seconds)}{status} | {seconds * 1e9 / max(lines, 1):.0f} "
                  f"| {fmt_s(floor)} | {seconds / floor:.1f} | {rss:.0f} |")
            sys.stdout.flush()
            if seconds > args.budget:
                print(f"| {policy} | larger | | | | | | | skipped: {fmt_s(seconds)} > budget {args.budget:.0f} s |")
                break
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--virtlab", required=True, help="the published virtlab executable (ReadyToRun)")
    parser.add_argument("--aot", help="the Native AOT virtlab-simulate executable, measured beside it")
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--long-python", type=float, default=20, help="after a Python run this long, stop pairing")
    parser.add_argument("--policies", nargs="*", default=list(POLICIES))
    parser.add_argument("--sizes", nargs="*", type=int, default=[1, 1000, 20000, 200000])
    parser.add_argument("--scaling-policies", nargs="*", default=ALL_OURS)
    parser.add_argument("--scaling-sizes", nargs="*", type=int, default=[1000, 10000, 100000, 1000000])
    parser.add_argument("--budget", type=float, default=30, help="stop scaling a policy after a run this long")
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--skip-compare", action="store_true", help="only the scaling table")
    args = parser.parse_args()

    ostep = os.environ.get("VIRTLAB_OSTEP_DIR")
    ok = True
    if args.skip_compare:
        pass
    elif not ostep or not os.path.isfile(os.path.join(ostep, "cpu-sched", "scheduler.py")):
        print("OSTEP comparison SKIPPED: set VIRTLAB_OSTEP_DIR to a clone of "
              "https://github.com/remzi-arpacidusseau/ostep-homework (git clone it anywhere; it is not vendored).\n")
        ok = False
    else:
        ours = [("R2R", args.virtlab)] + ([("AOT", args.aot)] if args.aot else [])
        ok = compare(args, ostep, ours)
    if not args.skip_scaling:
        scaling(args, args.aot or args.virtlab)
    if not ok:
        print("FAILED: outputs differ or the OSTEP scripts were not found (see above).")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
