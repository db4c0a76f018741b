#!/usr/bin/python3
"""Real-kernel conformance: runs notebooks in the real .NET Interactive kernel (Jupyter kernel `.net-csharp`,
driven by nbclient, the way VS Code users run them) and compares every code cell with `virtlab run`'s outputs of the
same notebook.

A notebook passes when, in the real kernel, no cell has an error output, and every code cell shows the same kinds
of output (text, table, chart) as in `virtlab run`, with the same values unless the cell is nondeterministic (it
measures real containers, virtual machines or time, or uses a value such a cell computed; see
nondeterministic_cells). Usage:

    tests/kernel/conformance.py --virtlab-run DIR --out DIR [--cell-timeout S] NOTEBOOK...

DIR of --virtlab-run holds `virtlab run --output` results, one file per notebook name. The kernel-executed notebooks
and their nbconvert HTML go to --out (kernel/, html/). Prints one line per notebook and "N passed, M failed".
"""
import argparse
import html
import json
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

PLOTLY = "application/vnd.plotly.v1+json"
# Cells whose values differ from run to run: real containers, real VMs, clocks, randomness without a seed.
NONDETERMINISTIC = re.compile(
    r"await |LabSession|\blab\.|Stopwatch|DateTime|#!time|Guid\.|Environment\.|Machine|Qemu|Docker|Process\.|"
    r"SessionId|Measure|Random\(\)|TimeSpan\.From", re.S)
# Outputs the kernel adds on its own (the script it injects to find the output cell, package restore notes).
KERNEL_NOISE = ("dotnet-interactive-this-cell", "Installed Packages", "Restore sources")


def text_of(value):
    return "".join(value) if isinstance(value, list) else (value or "")


def strip_html(fragment):
    fragment = re.sub(r"<style.*?</style>", "", fragment, flags=re.S)
    fragment = re.sub(r"<script.*?</script>", "", fragment, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def normalise(text):
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))


def table_rows(fragment):
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", fragment, flags=re.S):
        rows.append([normalise(strip_html(c)) for c in re.findall(r"<t[hd]>(.*?)</t[hd]>", row, flags=re.S)])
    return rows


def chart_traces(data):
    figure = data.get(PLOTLY)
    if isinstance(figure, str):
        figure = json.loads(figure)
    traces = []
    for trace in (figure or {}).get("data", []):
        traces.append({k: trace.get(k) for k in ("type", "name", "x", "y", "z", "base", "orientation") if k in trace})
    return traces


def describe(output):
    """(kind, value) of one output; None for kernel noise."""
    kind = output.get("output_type")
    if kind == "error":
        return "error", normalise(output.get("ename", "") + ": " + output.get("evalue", ""))
    if kind == "stream":
        return "text", normalise(text_of(output.get("text")))
    data = output.get("data", {})
    page = text_of(data.get("text/html"))
    if any(noise in page for noise in KERNEL_NOISE):
        return None
    if page.lstrip().startswith("<details") and "dni-treeview" in page[:200]:
        # The kernel shows a single object as its ToString() with its properties folded below: the same value
        # virtlab run prints as text/plain.
        summary = re.search(r"<code>(.*?)</code>", page, flags=re.S)
        return "text", normalise(html.unescape(summary.group(1)) if summary else strip_html(page))
    if PLOTLY in data or 'class="virtlab-chart"' in page:
        return "chart", json.dumps(chart_traces(data), sort_keys=True)
    if "<table" in page:
        return "table", json.dumps(table_rows(page))
    if "text/plain" in data:
        return "text", normalise(text_of(data["text/plain"]))
    if page:
        return "text", normalise(strip_html(page))
    if any(k.startswith("image/") for k in data):
        return "image", ""
    return "other", ""


def cell_outputs(cell):
    found = [describe(o) for o in cell.get("outputs", [])]
    return [f for f in found if f is not None]


def merged_text(described):
    return normalise("\n".join(v for k, v in described if k == "text"))


DECLARED = re.compile(r"\b(?:var|double|int|long|string|bool)\s+(\w+)\s*=|\bvar\s*\(([\w\s,]+)\)\s*=|^\s*(\w+)\s*=[^=]", re.M)


def declared_names(source):
    names = set()
    for match in DECLARED.finditer(source):
        for group in match.groups():
            if group:
                names.update(n.strip() for n in group.split(",") if n.strip())
    return names


def nondeterministic_cells(cells):
    """Indexes of cells whose values may differ between runs: a cell that measures (NONDETERMINISTIC) or uses a
    variable declared by such a cell, transitively (a value computed from a measurement is a measurement)."""
    tainted_names, result = set(), set()
    for index, cell in enumerate(cells):
        uses_tainted = any(re.search(rf"\b{re.escape(n)}\b", cell.source) for n in tainted_names)
        if NONDETERMINISTIC.search(cell.source) or uses_tainted:
            result.add(index)
            tainted_names |= declared_names(cell.source)
    return result


def compare(virtlab_nb, kernel_nb):
    problems = []
    code = lambda nb: [c for c in nb.cells if c.cell_type == "code"]
    ours, theirs = code(virtlab_nb), code(kernel_nb)
    if len(ours) != len(theirs):
        return [f"virtlab run has {len(ours)} code cells, the kernel run {len(theirs)}"]
    varying = nondeterministic_cells(ours)
    for index, (a, b) in enumerate(zip(ours, theirs)):
        label = f"cell {a.get('id') or index}"
        got_a, got_b = cell_outputs(a), cell_outputs(b)
        errors = [v for k, v in got_b if k == "error"]
        if errors:
            problems.append(f"{label}: error in the real kernel: {errors[0][:300]}")
            continue
        kinds_a, kinds_b = sorted({k for k, _ in got_a}), sorted({k for k, _ in got_b})
        if kinds_a != kinds_b:
            problems.append(f"{label}: virtlab run shows {kinds_a or ['nothing']}, the real kernel {kinds_b or ['nothing']}")
            continue
        if index in varying:
            continue
        for kind in ("table", "chart"):
            va, vb = [v for k, v in got_a if k == kind], [v for k, v in got_b if k == kind]
            if va != vb:
                problems.append(f"{label}: the {kind}s differ between virtlab run and the real kernel")
        if merged_text(got_a) != merged_text(got_b):
            problems.append(f"{label}: text differs: virtlab run {merged_text(got_a)[:120]!r}, kernel {merged_text(got_b)[:120]!r}")
    return problems


def run_in_kernel(path, cell_timeout, attempts=3):
    """Executes the notebook in a fresh kernel. The kernel sometimes dies while starting, when its HTTP listener
    cannot bind a port another kernel still holds (a busy shared machine): such a start is retried, up to
    `attempts` times; a kernel that dies after a cell ran is a failure."""
    for attempt in range(1, attempts + 1):
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, kernel_name=".net-csharp", timeout=cell_timeout, startup_timeout=300,
                                allow_errors=True, resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        try:
            client.execute()
            return nb
        except (DeadKernelError, RuntimeError) as e:
            if isinstance(e, RuntimeError) and "Kernel died" not in str(e):
                raise
            started = any(c.get("outputs") for c in nb.cells if c.cell_type == "code")
            if started or attempt == attempts:
                raise
            print(f"       (the kernel died while starting; attempt {attempt + 1} of {attempts})")
            time.sleep(5)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--virtlab-run", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--cell-timeout", type=int, default=600)
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()
    os.makedirs(os.path.join(args.out, "kernel"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "html"), exist_ok=True)
    from nbconvert import HTMLExporter
    exporter = HTMLExporter()
    passed = failed = 0
    for path in args.notebooks:
        name = os.path.basename(path)
        started = time.monotonic()
        reference = os.path.join(args.virtlab_run, name)
        try:
            if not os.path.exists(reference):
                raise RuntimeError(f"no virtlab run output {reference}")
            kernel_nb = run_in_kernel(path, args.cell_timeout)
            nbformat.write(kernel_nb, os.path.join(args.out, "kernel", name))
            body, _ = exporter.from_notebook_node(kernel_nb)
            with open(os.path.join(args.out, "html", os.path.splitext(name)[0] + ".html"), "w", encoding="utf-8") as f:
                f.write(body)
            problems = compare(nbformat.read(reference, as_version=4), kernel_nb)
        except (CellTimeoutError, DeadKernelError, RuntimeError) as e:
            problems = [f"{type(e).__name__}: {str(e)[:300]}"]
        seconds = time.monotonic() - started
        if problems:
            failed += 1
            print(f"  FAIL {path} ({seconds:.0f} s)")
            for problem in problems:
                print(f"       {problem}")
        else:
            passed += 1
            print(f"  ok   {path} ({seconds:.0f} s)")
        sys.stdout.flush()
    print(f"kernel conformance: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
