#!/usr/bin/python3
"""Records a real heartbeat trace from a real process on this machine.

A child `sh` loop prints one line per second (`echo hb; sleep 1`). This script stamps each line
on arrival with time.monotonic_ns(), pauses the child twice with SIGSTOP/SIGCONT (a stand-in for
a stop-the-world GC or a VM being descheduled), then kills it with SIGKILL (a real crash) and
keeps listening until the end. Usage: record_sigstop.py OUTPUT.csv
"""
import os, signal, subprocess, sys, threading, time

INTERVAL_S = 1
PAUSES = [(60.0, 2.5), (120.0, 5.0)]   # (start s, length s)
CRASH_S = 200.0
END_S = 240.0

out_path = sys.argv[1]
child = subprocess.Popen(["sh", "-c", f"while :; do echo hb; sleep {INTERVAL_S}; done"],
                         stdout=subprocess.PIPE, start_new_session=True, bufsize=0)
t0 = time.monotonic_ns()
arrivals = []
events = {}

def now_ms():
    return (time.monotonic_ns() - t0) / 1e6

def reader():
    for _ in iter(child.stdout.readline, b""):
        arrivals.append(now_ms())

threading.Thread(target=reader, daemon=True).start()
for start, length in PAUSES:
    time.sleep(max(0.0, start - now_ms() / 1000))
    os.killpg(child.pid, signal.SIGSTOP)
    stopped = now_ms()
    time.sleep(length)
    os.killpg(child.pid, signal.SIGCONT)
    events.setdefault("pauses", []).append((stopped, now_ms()))
time.sleep(max(0.0, CRASH_S - now_ms() / 1000))
os.killpg(child.pid, signal.SIGKILL)
crash = now_ms()
child.wait()
time.sleep(max(0.0, END_S - now_ms() / 1000))
end = now_ms()

with open(out_path, "w") as f:
    f.write("# name: recorded-sigstop\n")
    f.write("# description: real sh heartbeat loop (echo; sleep 1) on this machine, "
            "paused twice with SIGSTOP/SIGCONT, then killed with SIGKILL\n")
    f.write("# source: recorded by data/heartbeats/record_sigstop.py\n")
    for i, (a, b) in enumerate(events["pauses"]):
        f.write(f"# pause{i + 1}_ms: {a:.3f}-{b:.3f}\n")
    f.write(f"# crash_ms: {crash:.3f}\n")
    f.write(f"# end_ms: {end:.3f}\n")
    f.write("seq,arrival_ms\n")
    for i, a in enumerate(arrivals):
        f.write(f"{i},{a:.3f}\n")
