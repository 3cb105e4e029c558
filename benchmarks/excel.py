#!/usr/bin/env python3
"""Issue 12's benchmark: reading a masterplan workbook (.xlsx) in pilar beside openpyxl's
read-only mode, side by side, on the same workbook (generate.py's data at --size, written by
openpyxl through Tests/Tools/csv-to-xlsx.py). pilar's time is a whole process that loads and
checks the workbook and counts measurements; openpyxl's reads every cell of every sheet
(values only) in one Python process. Nothing is asserted; the figures go in README.md.

    make release && python3 benchmarks/excel.py --size 100k --runs 5
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

OPENPYXL = """
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
cells = 0
for sheet in book.worksheets:
    for row in sheet.iter_rows(values_only=True):
        cells += len(row)
print(cells)
"""


def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="100k")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pilar", default=os.path.join(ROOT, ".build/release/pilar"))
    args = parser.parse_args()
    folder = os.path.join(HERE, "out", "data", args.size)
    if not os.path.exists(os.path.join(folder, "measurements.csv")):
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--size", args.size, "--out", folder], check=True)
    book = os.path.join(HERE, "out", "data", f"{args.size}.xlsx")
    if not os.path.exists(book):
        subprocess.run([sys.executable, os.path.join(ROOT, "Tests/Tools/csv-to-xlsx.py"), folder, book], check=True)
    with open(os.path.join(folder, "measurements.csv")) as handle:
        rows = sum(1 for _ in handle) - 1
    pilar = [args.pilar, "--data", book, "-c", "measurements | count"]
    openpyxl = [sys.executable, "-c", OPENPYXL, book]
    subprocess.run(pilar, check=True, stdout=subprocess.DEVNULL)  # warm the file cache, fail early
    results = {"pilar": [], "openpyxl read-only": []}
    for _ in range(args.runs):
        results["pilar"].append(timed(pilar))
        results["openpyxl read-only"].append(timed(openpyxl))
    print(f"workbook: {book} ({os.path.getsize(book) // 1024} KiB, {rows} measurements), {args.runs} runs, median s")
    medians = {name: statistics.median(samples) for name, samples in results.items()}
    for name, value in medians.items():
        print(f"| {name} | {value:.3f} | min {min(results[name]):.3f} |")
    print(f"ratio pilar / openpyxl: {medians['pilar'] / medians['openpyxl read-only']:.2f} (issue 12 asks for <= 0.2)")


if __name__ == "__main__":
    main()
