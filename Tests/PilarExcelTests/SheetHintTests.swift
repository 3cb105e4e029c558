import Foundation
import PilarCore
import PilarExcel
import PilarStore
import Testing

/// Hints that name where an entity is read from name the workbook's sheet, not a CSV file the
/// planner never had. sheet-hints.xlsx is made by openpyxl (Tests/Tools/make-excel-fixtures.py).
@Suite struct SheetHintTests {
    @Test func hintsNameTheSheet() {
        let text = failure(language: .english)
        #expect(text.contains("help: sheet-hints.xlsx[opd] has no opd with that code"))
        #expect(text.contains("help: sheet-hints.xlsx[indikator] needs the columns code, programme, name, unit, polarity, baseline"))
        #expect(!text.contains(".csv"))
    }

    @Test func hintsNameTheSheetInIndonesian() {
        let text = failure(language: .indonesian)
        #expect(text.contains("sheet-hints.xlsx[opd] tidak memiliki"))
        #expect(text.contains("sheet-hints.xlsx[indikator] memerlukan kolom"))
        #expect(!text.contains(".csv"))
    }

    private func failure(language: Language) -> String {
        do {
            _ = try WorkbookLoader.load(path: ExcelSupport.fixture("sheet-hints.xlsx"))
            return "loaded"
        } catch {
            return DiagnosticFormatter(language: language).format(error)
        }
    }
}
