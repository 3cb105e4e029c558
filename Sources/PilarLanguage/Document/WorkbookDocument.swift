import PilarCore
import PilarExcel
import PilarRender

/// A report written as an Excel workbook (`pilar run … --format xlsx`, `.output FILE.xlsx`):
/// each result becomes a sheet named after the heading printed last before it — a report's
/// section — so a script that writes a section per pillar gives a sheet per pillar. The
/// other print text has no cell to go to and is left out; a chart gives its rows.
struct WorkbookDocument {
    private var sheets: [XLSXWriter.Sheet] = []
    private var heading: String?

    var isEmpty: Bool { sheets.isEmpty }

    /// Print text: a heading names the sheets of the results after it.
    mutating func note(_ text: String) {
        if let found = DocumentText.heading(text) { heading = found.text }
    }

    /// A result: one sheet, named after the current heading or else `fallback` (the script's
    /// name); Excel's rules (31 characters, unique) are applied when the workbook is written.
    mutating func add(_ result: ResultSet, fallback: String) {
        var result = result
        result.chart = nil
        sheets.append(XLSXWriter.Sheet(name: heading ?? fallback, result: result))
    }

    /// The workbook's bytes; a report without results still gives a workbook (Excel needs one
    /// sheet), empty and named `fallback`. Nil when the archive could not be made.
    func bytes(fallback: String) -> [UInt8]? {
        let written = sheets.isEmpty ? [XLSXWriter.Sheet(name: fallback, result: ResultSet(columns: [], rows: []))] : sheets
        return try? XLSXWriter.workbook(written)
    }
}
