#!/bin/sh
# Checks that the csv pilar writes for Excel (--csv-excel) opens in a spreadsheet with its
# numbers as numbers: LibreOffice reads it as Excel in an Indonesian locale would (';'
# separator, UTF-8, decimal comma) and converts it to xlsx; openpyxl then reads the cells.
# Not part of `swift test` (CI may not have LibreOffice). Needs: soffice
# (apt-get install libreoffice-calc-nogui), python3 with openpyxl (pip install openpyxl).
# Run from the repository root after `swift build`:  sh Tests/Tools/excel-csv-check.sh
set -eu
pilar=${PILAR:-.build/debug/pilar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
query='measurements | where indicator == "MOB-01.2" and actual is not null | select indicator, year, target, actual, achievement'
"$pilar" --csv-excel -c "$query" > "$work/m.csv"
# The same rows as plain csv: what the spreadsheet's numbers must equal (a decimal comma read
# as a thousands separator would still be a number, but a wrong one).
"$pilar" --format csv -c "$query" > "$work/expected.csv"
# 59 = ';', 34 = '"', 76 = UTF-8, first line 1, language 1057 = Indonesian (decimal comma).
soffice --headless --infilter="CSV:59,34,76,1,,1057" --convert-to xlsx --outdir "$work" "$work/m.csv" > /dev/null 2>&1
python3 - "$work/m.xlsx" "$work/expected.csv" <<'PY'
import csv, sys, openpyxl
from decimal import Decimal
sheet = openpyxl.load_workbook(sys.argv[1]).active
rows = list(sheet.iter_rows(values_only=True))
expected = list(csv.reader(open(sys.argv[2], encoding="utf-8")))
assert len(rows) == len(expected), (len(rows), len(expected))
for got, want in zip(rows[1:], expected[1:]):
    for cell, text in zip(got[1:], want[1:]):
        assert abs(Decimal(str(cell)) - Decimal(text)) < Decimal("1e-9"), f"{cell!r} is not {text} in {got}"
assert rows[0] == ("indicator", "year", "target", "actual", "achievement"), rows[0]
for row in rows[1:]:
    assert isinstance(row[0], str), row
    for cell in row[1:]:
        assert isinstance(cell, (int, float)), f"not a number: {cell!r} in {row}"
print(f"ok: {len(rows) - 1} rows, every number cell is a number equal to the csv value (e.g. {rows[1]})")
PY
