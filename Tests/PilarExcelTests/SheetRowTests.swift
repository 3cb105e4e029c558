import Foundation
import PilarCore
import PilarExcel
import PilarStore
import Testing

/// A cell holding a line break (Alt+Enter in Excel) takes two lines of the CSV a sheet is
/// read as; errors and row locations after it must still name the rows Excel shows.
/// The fixtures are made by openpyxl (Tests/Tools/make-excel-fixtures.py).
@Suite struct SheetRowTests {
    @Test func rowsAfterALineBreakKeepTheirNumbers() throws {
        let store = try WorkbookLoader.load(path: ExcelSupport.fixture("line-break.xlsx"))
        let programmes = store.table(.programme)
        let name = try #require(programmes.columnIndex(of: "name"))
        #expect(programmes.value(column: name, row: 0) == .text("Satu Data\nKota Pekanbaru"))
        // P1 on row 5 (two lines of CSV), P2 on row 6, an empty row, P3 on row 8.
        #expect((0..<3).map { programmes.sourceLine(of: $0) } == [5, 6, 8])
        #expect((0..<3).map { store.table(.indicator).sourceLine(of: $0) } == [5, 6, 7])
    }

    @Test func errorsBelowALineBreakNameTheirCell() {
        let text = failure(of: "line-break-bad.xlsx")
        #expect(text.contains("line-break-bad.xlsx[program]!D6: error: unknown opd 'DISHUBB' in column 'opd'"))
        #expect(text.contains("line-break-bad.xlsx[indikator]!B7: error: duplicate code 'I2' in column 'code' (first defined on line 6)"))
    }

    private func failure(of fixture: String) -> String {
        do {
            _ = try WorkbookLoader.load(path: ExcelSupport.fixture(fixture))
            return "loaded"
        } catch {
            return DiagnosticFormatter().format(error)
        }
    }
}
