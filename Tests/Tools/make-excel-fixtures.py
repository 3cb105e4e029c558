#!/usr/bin/env python3
"""Makes the Excel test fixtures with openpyxl (not with pilar), into Tests/PilarExcelTests/Fixtures:
  messy.xlsx      a small masterplan as planners keep it: title rows and a merged title above
                  each header, empty edge rows and columns, numbers stored as text, a formula
                  (cached value), a date in a year column, rich text, Indonesian sheet names,
                  a hidden sheet, shared and inline strings;
  bad-cell.xlsx   the same with an unknown OPD in programmes!E7 (error located at the cell);
  line-break.xlsx a programme's and an indicator's name holding a line break (Alt+Enter);
  line-break-bad.xlsx  the same with an unknown OPD below the first line break and an indicator
                  code repeated below the second: errors must name the rows Excel shows;
  sheet-hints.xlsx  an OPD code like no other (programmes!D8) and no unit column in the
                  indicators: the hints must name the sheets, not opds.csv and indicators.csv;
  no-sheet.xlsx   no measurements sheet;
  truncated.xlsx  messy.xlsx cut in half;  bad-xml.xlsx  a sheet's XML broken;  not-zip.xlsx  text.
Run it again after changing it:  python3 Tests/Tools/make-excel-fixtures.py"""
import datetime
import io
import os
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

OUT = os.path.join(os.path.dirname(__file__), "..", "PilarExcelTests", "Fixtures")


def titled(sheet, title, header, rows, first_row=4, first_col=2):
    """A title and a merged subtitle above the header, which starts at column B."""
    sheet.cell(row=1, column=first_col, value=title)
    sheet.merge_cells(start_row=1, start_column=first_col, end_row=1, end_column=first_col + len(header) - 1)
    sheet.cell(row=2, column=first_col, value="Rencana Induk Smart City (ilustrasi)")
    for j, name in enumerate(header):
        sheet.cell(row=first_row, column=first_col + j, value=name)
    r = first_row + 1
    for row in rows:
        if row is None:  # an empty row in the middle
            r += 1
            continue
        for j, value in enumerate(row):
            if value is not None:
                sheet.cell(row=r, column=first_col + j, value=value)
        r += 1


def messy(bad_opd=False, drop_measurements=False, line_breaks=False, duplicate_indicator=False, sheet_hints=False):
    book = openpyxl.Workbook()
    book.remove(book.active)
    opds = book.create_sheet("opd")
    titled(opds, "Daftar OPD", ["code", "name", "kind"], [
        ["DISKOMINFO", CellRichText([TextBlock(InlineFont(b=True), "Dinas"), " Komunikasi dan Informatika"]), "dinas"],
        ["DISHUB", "Dinas Perhubungan", "dinas"],
    ])
    programmes = book.create_sheet("program")
    titled(programmes, "Program", ["code", "name", "opd", "pillar", "horizon", "start_year", "end_year", "budget", "status"], [
        ["P1", "Satu Data\nKota Pekanbaru" if line_breaks else "Satu Data", "DISKOMINFO", "governance", "short", 2019, 2021, "1250000000", "ongoing"],
        ["P2", "Bus Pintar", "DISHUBB" if bad_opd else "DISHUB", "mobility", "medium", datetime.date(2020, 1, 1), 2023, None, "planned"],
        None,
        ["P3", "Parkir Elektronik", "BAPPEDA" if sheet_hints else "DISHUB", "mobility", "quick-win", 2019, 2019, 300000000, "done"],
    ])
    programmes["I6"].number_format = "yyyy"
    indicators = book.create_sheet("indikator")
    header = ["code", "programme", "name", "unit", "polarity", "baseline"]
    # Without sheet_hints, keep = every column; with it, the unit column is left out.
    keep = [j for j, name in enumerate(header) if not (sheet_hints and name == "unit")]
    titled(indicators, "Indikator", [header[j] for j in keep], [[row[j] for j in keep] for row in [
        ["I1", "P1", "Dataset\nterbuka" if line_breaks else "Dataset terbuka", "dataset", "positive", 10],
        ["I2", "P2", "Waktu tunggu bus", "menit", "negative", "25.5"],
        ["I2" if duplicate_indicator else "I3", "P3", "Parkir non-tunai", "%", "positive", 0],
    ]])
    if not drop_measurements:
        measurements = book.create_sheet("capaian")
        titled(measurements, "Capaian", ["indicator", "year", "target", "actual"], [
            ["I1", 2019, 20, 18],
            ["I1", 2020, 40, "=20*2"],
            ["I2", 2020, 20, 22.5],
            ["I3", 2019, 50, 61.25],
        ])
    notes = book.create_sheet("catatan")
    notes["A1"] = "a hidden sheet of notes, ignored"
    notes.sheet_state = "hidden"
    return book


def save(book, name):
    path = os.path.join(OUT, name)
    book.save(path)
    return path


def with_cached_formula(path):
    """openpyxl writes formulas without a cached value; Excel and LibreOffice write both.
    Put the value Excel would have cached (40) into the formula cell."""
    data = io.BytesIO(open(path, "rb").read())
    source = zipfile.ZipFile(data)
    out = io.BytesIO()
    target = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for item in source.infolist():
        content = source.read(item.filename)
        if item.filename.startswith("xl/worksheets/"):
            text = content.decode()
            text = text.replace("<f>20*2</f><v></v>", "<f>20*2</f><v>40</v>").replace("<f>20*2</f><v />", "<f>20*2</f><v>40</v>")
            text = text.replace("<f>20*2</f></c>", "<f>20*2</f><v>40</v></c>")
            content = text.encode()
        target.writestr(item, content)
    target.close()
    open(path, "wb").write(out.getvalue())


def main():
    os.makedirs(OUT, exist_ok=True)
    path = save(messy(), "messy.xlsx")
    with_cached_formula(path)
    bad = save(messy(bad_opd=True), "bad-cell.xlsx")
    with_cached_formula(bad)
    for name, book in [("line-break.xlsx", messy(line_breaks=True)),
                       ("line-break-bad.xlsx", messy(bad_opd=True, line_breaks=True, duplicate_indicator=True))]:
        with_cached_formula(save(book, name))
    with_cached_formula(save(messy(sheet_hints=True), "sheet-hints.xlsx"))
    save(messy(drop_measurements=True), "no-sheet.xlsx")
    whole = open(path, "rb").read()
    open(os.path.join(OUT, "truncated.xlsx"), "wb").write(whole[: len(whole) // 2])
    source = zipfile.ZipFile(io.BytesIO(whole))
    out = io.BytesIO()
    target = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for item in source.infolist():
        content = source.read(item.filename)
        if item.filename == "xl/worksheets/sheet2.xml":
            content = content[: len(content) // 2]
        target.writestr(item, content)
    target.close()
    open(os.path.join(OUT, "bad-xml.xlsx"), "wb").write(out.getvalue())
    open(os.path.join(OUT, "not-zip.xlsx"), "w").write("code,name\nDISHUB,Dinas Perhubungan\n")


if __name__ == "__main__":
    main()
