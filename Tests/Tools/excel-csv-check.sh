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
"$pilar" --csv-excel -c 'measurements | where indicator == "MOB-01.2" and actual is not null | select indicator, year, target, actual, achievement' > "$work/m.csv"
# 59 = ';', 34 = '"', 76 = UTF-8, first line 1, language 1057 = Indonesian (decimal comma).
soffice --headless --infilter="CSV:59,34,76,1,,1057" --convert-to xlsx --outdir "$work" "$work/m.csv" > /dev/null
python3 - "$work/m.xlsx" <<'PY'
import sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).active
rows = list(sheet.iter_rows(values_only=True))
assert rows[0] == ("indicator", "year", "target", "actual", "achievement"), rows[0]
for row in rows[1:]:
    assert isinstance(row[0], str), row
    for cell in row[1:]:
        assert isinstance(cell, (int, float)), f"not a number: {cell!r} in {row}"
print(f"ok: {len(rows) - 1} rows, every number cell is a number (e.g. {rows[1]})")
PY
