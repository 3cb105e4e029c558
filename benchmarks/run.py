#!/usr/bin/env python3
"""Measures pilar against sqlite3 and the DuckDB CLI on generated masterplans, side by side.

    make release                                   # pilar in release: this script builds nothing
    apt-get install sqlite3 && pip install duckdb-cli
    python3 benchmarks/run.py --sizes 9k,100k,1m [--runs 5] [--detail 1m]

For each size: generate the folder if missing (benchmarks/out/data/SIZE), check the three tools
give the same answers to the six questions (benchmarks/queries/), then time whole processes
(load + six questions, output to /dev/null) RUNS times each, alternating the tools, and report
medians, ratios and peak memory. At the --detail size (1m by default, when selected) it also
measures load alone, start-up with no data, each question after load (`.timer on`, in one
process) and writing all measurements as CSV. Results go to stdout and benchmarks/out/.
"""
import argparse
import csv
import datetime
import decimal
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")
QUERIES = os.path.join(HERE, "queries")
PILAR = os.path.join(ROOT, ".build", "release", "pilar")
# Two DuckDB runs: "duckdb" computes achievement exactly (HUGEINT units; what pilar answers),
# "duckdb-double" as a DuckDB user would (DECIMAL figures, DOUBLE quotient): the fast baseline.
TOOLS = ["pilar", "sqlite3", "duckdb", "duckdb-double"]
DUCKDBS = ["duckdb", "duckdb-double"]
QUESTIONS = {
    "a": "filter + sort + take",
    "b": "count and sum of budget per pillar",
    "c": "2019 below 80 % per OPD (two navigations)",
    "d": "budget per OPD and pillar",
    "e": "OPDs without a quick win",
    "f": "average achievement per pillar and year",
}
# How far a figure may differ from pilar's exact one: DuckDB computes exact decimals too but
# pilar keeps at most a 64-bit coefficient (so 17 decimals at 10–99); sqlite3 has only REAL.
TOLERANCE = {"duckdb": decimal.Decimal("1e-15"), "duckdb-double": decimal.Decimal("1e-9"),
             "sqlite3": decimal.Decimal("1e-9")}
NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")


def fail(message):
    print(f"run.py: {message}", file=sys.stderr)
    sys.exit(1)


def find_tools(args):
    if not os.path.exists(PILAR):
        fail(f"{PILAR} not found: build it first with `make release`")
    sqlite = shutil.which("sqlite3")
    if not sqlite:
        fail("sqlite3 not found: install it with `apt-get install sqlite3`")
    duckdb = args.duckdb
    if not duckdb:
        try:  # the binary inside the duckdb-cli wheel, not a Python wrapper around it
            import duckdb_cli
            duckdb = os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb")
        except ImportError:
            fail("the DuckDB CLI not found: install it with `pip install duckdb-cli` (or pass --duckdb PATH)")
    if not os.access(duckdb, os.X_OK):
        fail(f"{duckdb} is not executable")
    return {"pilar": PILAR, "sqlite3": sqlite, "duckdb": duckdb, "duckdb-double": duckdb}


def version(cmd):
    return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().split("\n")[0]


def ensure_data(size):
    folder = os.path.join(OUT, "data", size)
    stamp = os.path.join(folder, ".complete")
    if not os.path.exists(stamp):
        print(f"generating {size} into {folder} …", flush=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--size", size, "--out", folder],
                       check=True, stdout=subprocess.DEVNULL)
        open(stamp, "w").close()
    return folder


def read(name):
    with open(os.path.join(QUERIES, name), encoding="utf-8") as f:
        return f.read()


def split_questions(text, marker):
    """The question texts of a questions file, by the `@@ x` markers, keyed by letter."""
    parts, current, lines = {}, None, []
    for line in text.split("\n"):
        m = re.match(marker, line)
        if m:
            if current:
                parts[current] = "\n".join(lines).strip()
            current, lines = m.group(1), []
        elif current:
            lines.append(line)
    parts[current] = "\n".join(lines).strip()
    return parts


def duckdb_load(variant, folder):
    achievement = "achievement.duckdb-exact.sql" if variant == "duckdb" else "achievement.duckdb-double.sql"
    return read("load.duckdb.sql").replace("{data}", folder) + read(achievement)


def scripts(folder, size):
    """Writes the whole-run script of each tool for one folder; returns {tool: (args, stdin path)}."""
    sdir = os.path.join(OUT, "scripts", size)
    os.makedirs(sdir, exist_ok=True)
    texts = {
        "pilar.pilar": read("questions.pilar"),
        "sqlite3.sql": read("load.sqlite.sql").replace("{data}", folder) + read("questions.sqlite.sql"),
    }
    for variant in DUCKDBS:
        texts[variant + ".sql"] = duckdb_load(variant, folder) + read("questions.duckdb.sql")
    for name, text in texts.items():
        with open(os.path.join(sdir, name), "w", encoding="utf-8") as f:
            f.write(text)
    return {
        "pilar": (["--data", folder, "--format", "csv", "run", os.path.join(sdir, "pilar.pilar")], None),
        "sqlite3": ([":memory:"], os.path.join(sdir, "sqlite3.sql")),
        "duckdb": ([], os.path.join(sdir, "duckdb.sql")),
        "duckdb-double": ([], os.path.join(sdir, "duckdb-double.sql")),
    }


def measure(cmd, stdin=None, stdout=subprocess.DEVNULL):
    """Wall time and peak memory of one process, its output (stdout if piped, and stderr)."""
    fin = open(stdin, "rb") if stdin else subprocess.DEVNULL
    try:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=fin, stdout=stdout, stderr=subprocess.PIPE)
        # stderr in a thread, so neither pipe can fill up while the other is read
        err_chunks = []
        reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()))
        reader.start()
        out = proc.stdout.read() if stdout == subprocess.PIPE else b""
        reader.join()
        err = err_chunks[0]
        # wait4 gives this child's own rusage; getrusage(RUSAGE_CHILDREN) is a max over all.
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            fail(f"{' '.join(cmd)} exited with {proc.returncode}:\n{err.decode(errors='replace')[-2000:]}")
        return elapsed, usage.ru_maxrss, out.decode("utf-8"), err.decode("utf-8")
    finally:
        if stdin:
            fin.close()


# --- checking the answers ---

def answers(text):
    """Per question letter, the parsed CSV rows (header first) of a tool's output."""
    result, current, lines = {}, None, []
    for line in text.split("\n"):
        m = re.match(r"^@@ ([a-z])$", line.strip())
        if m:
            if current:
                result[current] = list(csv.reader(io.StringIO("\n".join(lines))))
            current, lines = m.group(1), []
        elif current:
            lines.append(line)
    if current:
        result[current] = list(csv.reader(io.StringIO("\n".join(lines))))
    return result


def cell(text):
    if text in ("", "NULL"):
        return None
    if NUMBER.match(text):
        return decimal.Decimal(text)
    return text


def normalise(rows, ordered):
    """Header in lower case, cells typed; rows sorted unless the question fixes their order
    (group order differs between the tools: pilar sorts pillars in their table's order)."""
    if not rows:
        return [], []
    header = [h.strip().lower() for h in rows[0]]
    body = [[cell(c) for c in r] for r in rows[1:] if r]
    if not ordered:
        body.sort(key=lambda r: [("" if c is None else str(round(c, 6)) if isinstance(c, decimal.Decimal) else c)
                                 for c in r])
    return header, body


def same(a, b, tolerance):
    if a is None or b is None:
        return a is b
    if isinstance(a, decimal.Decimal) and isinstance(b, decimal.Decimal):
        return abs(a - b) <= tolerance * max(1, abs(a), abs(b))
    return a == b


def compare(reference, other, tool):
    """Differences between pilar's answers and another tool's, as readable lines."""
    problems = []
    for q in QUESTIONS:
        if q not in reference or q not in other:
            problems.append(f"question {q}: no answer from {'pilar' if q not in reference else tool}")
            continue
        h1, b1 = normalise(reference[q], q == "a")
        h2, b2 = normalise(other[q], q == "a")
        if h1 != h2:
            problems.append(f"question {q}: columns differ: pilar {h1}, {tool} {h2}")
        if len(b1) != len(b2):
            problems.append(f"question {q}: pilar has {len(b1)} rows, {tool} {len(b2)}")
        shown = 0
        for i, (r1, r2) in enumerate(zip(b1, b2)):
            if len(r1) != len(r2) or not all(same(x, y, TOLERANCE[tool]) for x, y in zip(r1, r2)):
                if shown < 5:
                    problems.append(f"question {q}, row {i + 1}: pilar {r1} ≠ {tool} {r2}")
                shown += 1
        if shown > 5:
            problems.append(f"question {q}: … {shown - 5} more rows differ")
    return problems


def check(tools, runs):
    outputs = {}
    for tool in TOOLS:
        args, stdin = runs[tool]
        _, _, out, _ = measure([tools[tool]] + args, stdin, stdout=subprocess.PIPE)
        outputs[tool] = answers(out)
    problems = [p for tool in TOOLS[1:] for p in compare(outputs["pilar"], outputs[tool], tool)]
    rows = {q: len(outputs["pilar"].get(q, [])) - 1 for q in QUESTIONS}
    return problems, rows


# --- timing ---

def time_whole(tools, runs, count):
    """Each tool `count` times, the order rotating every round so no tool always goes first."""
    samples = {t: [] for t in TOOLS}
    for i in range(count):
        order = TOOLS[i % len(TOOLS):] + TOOLS[:i % len(TOOLS)]
        for tool in order:
            args, stdin = runs[tool]
            seconds, kib, _, _ = measure([tools[tool]] + args, stdin)
            samples[tool].append((seconds, kib))
    return {t: {"seconds": statistics.median(s for s, _ in v), "mib": max(k for _, k in v) / 1024,
                "samples": [s for s, _ in v]} for t, v in samples.items()}


def detail(tools, folder, size, count):
    """Load alone, start-up, each question after load and the CSV render cost."""
    sdir = os.path.join(OUT, "scripts", size)
    loads = {"sqlite3": read("load.sqlite.sql").replace("{data}", folder)}
    for variant in DUCKDBS:
        loads[variant] = duckdb_load(variant, folder)

    def script(name, text):
        path = os.path.join(sdir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    band = """CASE WHEN achievement >= 91 THEN 'very high' WHEN achievement >= 76 THEN 'high'
                  WHEN achievement >= 66 THEN 'medium' WHEN achievement >= 51 THEN 'low'
                  WHEN achievement IS NOT NULL THEN 'very low' END"""
    commands = {
        # Load alone: the folder and one trivial statement.
        "load pilar": ([tools["pilar"], "--data", folder, "-c", "pillars | count"], None),
        "load sqlite3": ([tools["sqlite3"], ":memory:"],
                         script("load-only.sqlite3.sql", loads["sqlite3"] + "SELECT count(*) FROM pillars;\n")),
        "load duckdb": ([tools["duckdb"]],
                        script("load-only.duckdb.sql", loads["duckdb"] + "SELECT count(*) FROM pillars;\n")),
        "start-up pilar": ([tools["pilar"], "--empty", "-c", "pillars | count"], None),
        # Every measurement with achievement and band, as CSV, to /dev/null.
        "csv pilar": ([tools["pilar"], "--data", folder, "--format", "csv", "-c", "measurements"], None),
    }
    for variant in DUCKDBS:
        commands[f"csv {variant}"] = ([tools[variant]], script(f"render.{variant}.sql", loads[variant] + f"""
COPY (SELECT indicator, year, target, actual, achievement, {band} AS band FROM ma)
  TO '/dev/null' (HEADER, DELIMITER ',');
"""))
    samples = {k: [] for k in commands}
    for _ in range(count):
        for name, (cmd, stdin) in commands.items():
            samples[name].append(measure(cmd, stdin)[:2])
    result = {name: {"seconds": statistics.median(s for s, _ in v), "mib": max(k for _, k in v) / 1024}
              for name, v in samples.items()}

    # Each question after load, in one process with `.timer on`, each question `count` times.
    latency = {}
    for tool in ["pilar"] + DUCKDBS:
        if tool == "pilar":
            parts = split_questions(read("questions.pilar"), r'^print "@@ ([a-z])"$')
        else:
            parts = split_questions(read("questions.duckdb.sql"), r"^\.print @@ ([a-z])$")
        body = "".join("\n".join([parts[q]] * count) + "\n" for q in QUESTIONS)
        if tool == "pilar":
            path = script("latency.pilar", ".timer on\n" + body)
            _, _, _, err = measure([tools["pilar"], "--data", folder, "--format", "csv", "run", path])
            times = [float(x) for x in re.findall(r"Run Time: ([0-9.]+) s", err)]
        else:
            path = script(f"latency.{tool}.sql", loads[tool] + ".timer on\n" + body)
            _, _, out, _ = measure([tools[tool]], path, stdout=subprocess.PIPE)
            times = [float(x) for x in re.findall(r"Run Time \(s\): real ([0-9.]+)", out)]
        if len(times) != len(QUESTIONS) * count:
            fail(f"{tool}: expected {len(QUESTIONS) * count} timer lines, found {len(times)}")
        latency[tool] = {q: statistics.median(times[i * count:(i + 1) * count]) for i, q in enumerate(QUESTIONS)}
    result["questions"] = latency
    return result


# --- reporting ---

def fmt_time(s):
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"


def fmt(m):
    return f"{fmt_time(m['seconds'])}, {m['mib']:.0f} MiB"


def verdict(ok):
    return "met" if ok else "**missed**"


def report(results, details, machine, args):
    lines = [f"Measured {machine['date']} on {machine['cpu']} ({machine['nproc']} cores, "
             f"{machine['memory']}), load average {machine['load']} at the start and "
             f"{open('/proc/loadavg').read().split()[0]} at the end (other work on the machine shows there); "
             f"{args.runs} runs each, whole processes, medians; peak memory the largest of the runs.",
             f"Tools: pilar (release build), {machine['sqlite3']}, DuckDB {machine['duckdb']} CLI. "
             "DuckDB exact: achievement in exact decimals (what pilar answers); DuckDB double: the "
             "DOUBLE quotient a DuckDB user gets from `/` (the faster one, against which the targets are judged).",
             "",
             "| measurements | pilar | sqlite3 | DuckDB exact | DuckDB double | pilar / sqlite3 | "
             "pilar / DuckDB exact | pilar / DuckDB double | target |",
             "|---|---|---|---|---|---|---|---|---|"]
    for size, r in results.items():
        p, s, d, dd = r["pilar"], r["sqlite3"], r["duckdb"], r["duckdb-double"]
        ratio_s = p["seconds"] / s["seconds"]
        ratio_d, ratio_dd = p["seconds"] / d["seconds"], p["seconds"] / dd["seconds"]
        if size == "9k":
            target = f"≤ 0.5 × sqlite3 and ≤ 12 ms: {verdict(ratio_s <= 0.5 and p['seconds'] <= 0.012)}"
        elif size in ("1m", "4m"):
            target = (f"≤ 0.75 × DuckDB: {verdict(ratio_dd <= 0.75)}; memory ≤ DuckDB's: "
                      f"{verdict(p['mib'] <= dd['mib'])}")
        else:
            target = "none"
        lines.append(f"| {r['count']:,} ({size}) | {fmt(p)} | {fmt(s)} | {fmt(d)} | {fmt(dd)} | "
                     f"{ratio_s:.2f} | {ratio_d:.2f} | {ratio_dd:.2f} | {target} |")
    for size, dt in details.items():
        lines += ["", f"At {size} ({results[size]['count']:,} measurements), medians of {args.runs}:", "",
                  "| stage | pilar | DuckDB exact | DuckDB double | sqlite3 | target |", "|---|---|---|---|---|---|"]
        lp, ld, ls = dt["load pilar"], dt["load duckdb"], dt["load sqlite3"]
        if size != "1m":  # the targets for these stages are set at 1M measurements
            verdict_at = lambda ok: "(target is for 1m)"  # noqa: E731
        else:
            verdict_at = verdict
        lines.append(f"| load alone (whole process) | {fmt(lp)} | {fmt(ld)} | (same) | {fmt(ls)} | "
                     f"≤ 0.25 s: {verdict_at(lp['seconds'] <= 0.25)} |")
        lines.append(f"| start-up, no data | {fmt(dt['start-up pilar'])} | | | | |")
        cp, cd, cdd = dt["csv pilar"], dt["csv duckdb"], dt["csv duckdb-double"]
        lines.append(f"| load + every measurement as CSV to /dev/null | {fmt(cp)} | {fmt(cd)} (COPY) | "
                     f"{fmt(cdd)} (COPY) | | ≤ DuckDB: {verdict_at(cp['seconds'] <= cdd['seconds'])}; memory ≤ 1.2 × "
                     f"loaded ({1.2 * lp['mib']:.0f} MiB): {verdict_at(cp['mib'] <= 1.2 * lp['mib'])} |")
        lines.append(f"| render alone (CSV run − load run) | {fmt_time(cp['seconds'] - lp['seconds'])} | "
                     f"{fmt_time(cd['seconds'] - ld['seconds'])} | {fmt_time(cdd['seconds'] - ld['seconds'])} | | |")
        qp, qd, qdd = (dt["questions"][t] for t in ["pilar"] + DUCKDBS)
        for q, title in QUESTIONS.items():
            lines.append(f"| ({q}) after load: {title} | {fmt_time(qp[q])} | {fmt_time(qd[q])} | "
                         f"{fmt_time(qdd[q])} | | ≤ 30 ms: {verdict_at(qp[q] <= 0.030)} |")
    if details:
        lines += ["", "Question latencies come from each tool's `.timer on`, the median of the repeats in one "
                  "process after one load (pilar's timer has 1 ms resolution and includes writing the small result)."]
    return "\n".join(lines)


def machine_info(tools):
    cpu = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        kib = int(f.readline().split()[1])
    return {"date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), "cpu": cpu, "nproc": os.cpu_count(),
            "memory": f"{kib / 1024 / 1024:.1f} GiB", "load": open("/proc/loadavg").read().split()[0],
            "sqlite3": "sqlite3 " + version([tools["sqlite3"], "--version"]).split()[0],
            "duckdb": version([tools["duckdb"], "--version"]).split()[0]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="9k,100k", help="comma-separated: 9k,100k,1m,4m")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per tool and size (default 5)")
    parser.add_argument("--detail", default="1m",
                        help="size for load/question/render detail, when among --sizes ('none' to skip)")
    parser.add_argument("--duckdb", help="path of the DuckDB CLI binary (default: the duckdb-cli wheel's)")
    parser.add_argument("--check-only", action="store_true", help="compare the answers, time nothing")
    args = parser.parse_args()
    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    for s in sizes:
        if s not in ("9k", "100k", "1m", "4m"):
            fail(f"unknown size {s!r}: choose among 9k, 100k, 1m, 4m")
    tools = find_tools(args)
    machine = machine_info(tools)
    results, details = {}, {}
    for size in sizes:
        folder = ensure_data(size)
        runs = scripts(folder, size)
        problems, rows = check(tools, runs)
        if problems:
            print(f"{size}: the tools give DIFFERENT answers:", file=sys.stderr)
            for p in problems:
                print("  " + p, file=sys.stderr)
            sys.exit(1)
        count = sum(1 for _ in open(os.path.join(folder, "measurements.csv"), encoding="utf-8")) - 1
        print(f"{size}: same answers from the three tools, four runs (rows per question: "
              f"{', '.join(f'{q} {n}' for q, n in rows.items())}; figures within "
              f"{TOLERANCE['duckdb']} of pilar's for exact DuckDB, {TOLERANCE['sqlite3']} for sqlite3's REAL "
              "and DuckDB's DOUBLE quotient)", flush=True)
        if args.check_only:
            continue
        results[size] = time_whole(tools, runs, args.runs)
        results[size]["count"] = count
        summary = ", ".join(f"{t} {fmt_time(results[size][t]['seconds'])}" for t in TOOLS)
        print(f"{size}: {summary}", flush=True)
        if size == args.detail:
            details[size] = detail(tools, folder, size, args.runs)
    if args.check_only:
        return 0
    text = report(results, details, machine, args)
    print()
    print(text)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    os.makedirs(os.path.join(OUT, "results"), exist_ok=True)
    with open(os.path.join(OUT, "results", f"{stamp}.md"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    with open(os.path.join(OUT, "results", f"{stamp}.json"), "w", encoding="utf-8") as f:
        json.dump({"machine": machine, "runs": args.runs, "results": results, "details": details}, f, indent=1)
    print(f"\nwritten to benchmarks/out/results/{stamp}.md and .json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
