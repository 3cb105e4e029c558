import Foundation
import PilarCore
import PilarExcel
import PilarStore
import Testing

@Suite struct WorkbookReadingTests {
    @Test func excelMessagesAreComplete() {
        #expect(CatalogueAudit.problems(in: ExcelMessage.self) == [])
    }

    /// messy.xlsx is made by openpyxl (Tests/Tools/make-excel-fixtures.py): titles above
    /// headers, Indonesian sheet names, a hidden sheet, numbers as text, a formula, a date.
    @Test func readsAMessyWorkbookMadeByOpenpyxl() throws {
        let store = try WorkbookLoader.load(path: ExcelSupport.fixture("messy.xlsx"))
        #expect(store.table(.opd).count == 2)
        #expect(store.table(.programme).count == 3)
        #expect(store.table(.measurement).count == 4)
        let programmes = store.table(.programme)
        let budget = try #require(programmes.columnIndex(of: "budget"))
        let start = try #require(programmes.columnIndex(of: "start_year"))
        #expect(programmes.value(column: budget, row: 0) == .int(1_250_000_000))  // stored as text
        #expect(programmes.value(column: budget, row: 1) == .null)
        #expect(programmes.value(column: start, row: 1) == .int(2020))  // a date in a year column
        let opds = store.table(.opd)
        let name = try #require(opds.columnIndex(of: "name"))
        #expect(opds.value(column: name, row: 0) == .text("Dinas Komunikasi dan Informatika"))  // rich text
        let measurements = store.table(.measurement)
        let actual = try #require(measurements.columnIndex(of: "actual"))
        #expect(measurements.value(column: actual, row: 1).asDecimal == DecimalNumber(40))  // the formula's cached value
        #expect(store.title == "messy masterplan")
    }

    @Test func aBadCellIsLocatedAsExcelUsersFindIt() {
        let text = failure(of: "bad-cell.xlsx")
        #expect(text.contains("bad-cell.xlsx[program]!D6: error: unknown opd 'DISHUBB' in column 'opd'"))
        #expect(text.contains(" D6 | DISHUBB"))
        #expect(text.contains("did you mean 'DISHUB'?"))
    }

    @Test func brokenWorkbooksGiveOneErrorAndLoadNothing() {
        #expect(failure(of: "no-sheet.xlsx").contains("the workbook has no sheet 'measurements'"))
        #expect(failure(of: "truncated.xlsx").contains("is not an Excel workbook (.xlsx)"))
        #expect(failure(of: "not-zip.xlsx").contains("is not an Excel workbook (.xlsx)"))
        #expect(failure(of: "bad-xml.xlsx").contains("xl/worksheets/sheet2.xml is not well-formed XML"))
        #expect(failure(of: "no-such-file.xlsx").contains("cannot read"))
    }

    @Test func errorsAreWrittenInIndonesianToo() {
        let text = failure(of: "no-sheet.xlsx", language: .indonesian)
        #expect(text.contains("buku kerja tidak memiliki lembar 'measurements'"))
    }

    @Test func excelDatesAreCalendarDates() {
        #expect(ExcelDates.check(43466) == "2019-01-01")
        #expect(ExcelDates.check(1) == "1900-01-01")
        #expect(ExcelDates.check(61) == "1900-03-01")
    }

    private func failure(of fixture: String, language: Language = .english) -> String {
        do {
            _ = try WorkbookLoader.load(path: ExcelSupport.fixture(fixture))
            return "loaded"
        } catch {
            return DiagnosticFormatter(language: language).format(error)
        }
    }
}
