#!/usr/bin/env python3
"""Writes a masterplan CSV folder as an .xlsx workbook with openpyxl: one sheet per CSV file,
numbers typed as numbers (as a planner's Excel would hold them). Used by the Excel tests and
the benchmark:  csv-to-xlsx.py FOLDER OUT.xlsx"""
import csv
import os
import sys

import openpyxl


def typed(text):
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text if text != "" else None


def main(folder, out):
    book = openpyxl.Workbook(write_only=True)
    for name in ["pillars", "opds", "programmes", "indicators", "measurements"]:
        path = os.path.join(folder, name + ".csv")
        if not os.path.exists(path):
            continue
        sheet = book.create_sheet(name)
        with open(path, newline="", encoding="utf-8-sig") as handle:
            for index, row in enumerate(csv.reader(handle)):
                # Codes stay text even when they look like numbers; the header is text.
                sheet.append(row if index == 0 else [typed(cell) if not cell.startswith("0") or cell == "0" or cell.startswith("0.") else cell for cell in row])
    book.save(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
