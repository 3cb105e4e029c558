#!/bin/sh
# Checks that the workbooks pilar writes survive LibreOffice: pilar saves the demo masterplan
# as a workbook and as CSV files; LibreOffice (headless) opens the workbook and saves it again
# as xlsx; openpyxl then reads both workbooks. Every cell must be equal in the two, numbers
# must stay numbers (int or float, never text), and every cell must equal pilar's CSV of the
# same table (numbers compared as decimals). Not part of `swift test` (CI may not have
# LibreOffice). Needs: soffice (apt-get install libreoffice-calc-nogui), python3 with openpyxl.
# Run from the repository root after `swift build`:  sh Tests/Tools/excel-workbook-check.sh
set -eu
pilar=${PILAR:-.build/debug/pilar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$pilar" -c ".save $work/pilar.xlsx" -c ".save $work/csv" > /dev/null 2> "$work/saved" || { cat "$work/saved" >&2; exit 1; }
mkdir "$work/lo"
# Its own profile, so that a LibreOffice already running (or another check) does not interfere.
soffice --headless "-env:UserInstallation=file://$work/profile" --convert-to xlsx --outdir "$work/lo" "$work/pilar.xlsx" > /dev/null 2>&1
python3 - "$work/pilar.xlsx" "$work/lo/pilar.xlsx" "$work/csv" <<'PY'
import csv, os, sys, openpyxl
from decimal import Decimal

def cells(path):
    book = openpyxl.load_workbook(path, data_only=True)
    return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}

def trimmed(rows):
    # LibreOffice may drop trailing empty cells and rows; pilar's sheets have none that matter.
    rows = [[c for c in row] for row in rows]
    for row in rows:
        while row and row[-1] is None:
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows

def same(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(Decimal(str(a)) - Decimal(str(b))) < Decimal("1e-9")
    return a == b

pilar, office, folder = cells(sys.argv[1]), cells(sys.argv[2]), sys.argv[3]
assert list(pilar) == list(office), (list(pilar), list(office))
checked = numbers = 0
for name, rows in pilar.items():
    rows, again = trimmed(rows), trimmed(office[name])
    assert len(rows) == len(again), f"{name}: {len(rows)} rows, {len(again)} after LibreOffice"
    expected = list(csv.reader(open(os.path.join(folder, name + ".csv"), encoding="utf-8")))
    assert len(rows) == len(expected), f"{name}: {len(rows)} rows, the csv has {len(expected)}"
    for r, (row, back, text) in enumerate(zip(rows, again, expected), start=1):
        row = row + [None] * (len(text) - len(row))
        back = back + [None] * (len(text) - len(back))
        for c, (cell, other, want) in enumerate(zip(row, back, text)):
            where = f"{name}!{openpyxl.utils.get_column_letter(c + 1)}{r}"
            assert same(cell, other), f"{where}: pilar wrote {cell!r}, LibreOffice gave back {other!r}"
            assert type(cell) is type(other) or {type(cell), type(other)} <= {int, float}, f"{where}: {cell!r} became {other!r}"
            if isinstance(cell, (int, float)) and not isinstance(cell, bool):
                numbers += 1
                assert Decimal(str(cell)) == Decimal(want), f"{where}: {cell!r} is not the csv's {want}"
            else:
                assert (cell or "") == want, f"{where}: {cell!r} is not the csv's {want!r}"
                try:
                    Decimal(want)
                    looks_numeric = r > 1 and want != ""
                except Exception:
                    looks_numeric = False
                assert not looks_numeric, f"{where}: the number {want} was written as text"
            checked += 1
print(f"ok: {len(pilar)} sheets, {checked} cells equal after a LibreOffice round trip and to pilar's csv, {numbers} of them numbers")
PY
